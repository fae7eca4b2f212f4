// Prints one plain closing line, "N passed, N failed, N skipped", that CI and people can read.
// wtr prints its own progress block after reporters stop, so the line is written from an exit
// hook to make sure it is the last thing in the log.

/** @returns {import('@web/test-runner').Reporter} */
export function summaryLineReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        const before = failed;
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or a browser that never started has no failing test of its own.
        if (!session.passed && failed === before) failed += 1;
      }
      process.once('exit', () => {
        process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
      });
    },
  };
}
