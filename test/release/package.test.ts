// The package as npm and the CDNs will serve it: exactly the files a page or a bundler needs, the
// entries and types package.json promises, a banner in every script, a class-only entry that
// registers nothing and shares the site's Lit, and a script whose default data and geometry URLs
// resolve inside the packed layout. Needs `npm run build` first (`npm test` does it).
import { expect, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { builtFiles, inFirefox, packList, partnerPage, readFile, typeCheck } from './commands.js';

interface PackageJson {
  name: string;
  version: string;
  license: string;
  main: string;
  module: string;
  types: string;
  unpkg: string;
  jsdelivr: string;
  customElements: string;
  sideEffects: string[];
  exports: Record<string, string | Record<string, string>>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

let pkg: PackageJson;
let files: string[];
before(async function () {
  this.timeout(60000); // npm pack on a busy machine
  pkg = await (await fetch('/package.json')).json();
  files = await packList();
});

const SCRIPTS = ['dist/opicescr.js', 'dist/opicescr.mjs', 'dist/opicescr-classes.mjs'];
const strip = (path: string) => path.replace(/^\.\//, '');

describe('the packed package', () => {
  it('holds the scripts, their maps, the data, the types, the manifest and the three documents, nothing else', () => {
    const allowed = [
      /^dist\/opicescr(-classes)?\.m?js(\.map)?$/,
      /^dist\/i18n\/[a-z]{2}\.json$/,
      /^data\/opicescr-[a-z]+\.v\d+(\.schema)?\.json$/,
      /^types\/.+\.d\.ts$/,
      /^types\/i18n\/[a-z]{2}\.json$/,
      /^(custom-elements\.json|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/,
    ];
    expect(files.filter((file) => !allowed.some((pattern) => pattern.test(file))), 'files that should not be published').to.deep.equal([]);
    for (const required of [
      ...SCRIPTS,
      ...SCRIPTS.map((script) => `${script}.map`),
      'data/opicescr-status.v1.json',
      'data/opicescr-status.v1.schema.json',
      'data/opicescr-world.v2.json',
      'types/index.d.ts',
      'types/classes.d.ts',
      'custom-elements.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
    ]) {
      expect(files, required).to.include(required);
    }
    expect(files.some((file) => /^(src|test|scripts|demo|bench|data\/sources)\//.test(file))).to.equal(false);
  });

  it('holds every script, source map and language pack the build made, and every data file the widgets read', async function () {
    this.timeout(30000);
    const made = (await builtFiles()).filter(
      (file) => /^dist\/[^/]+\.(m?js|map)$/.test(file) || /^dist\/i18n\/.+\.json$/.test(file) || /^data\/opicescr-.+\.json$/.test(file),
    );
    expect(made.filter((file) => !files.includes(file)), 'made but not published').to.deep.equal([]);
  });

  it('points every entry, type and manifest field of package.json at a published file', () => {
    const targets = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, ...pkg.sideEffects];
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (subpath.includes('*')) continue;
      targets.push(...(typeof target === 'string' ? [target] : Object.values(target)));
    }
    for (const target of targets) expect(files, target).to.include(strip(target));
    expect(pkg.exports['.']).to.deep.include({ types: './types/index.d.ts' });
    expect(pkg.exports['./classes']).to.deep.include({ types: './types/classes.d.ts', default: './dist/opicescr-classes.mjs' });
  });

  it('depends at run time on Lit only; the geometry tools are for the build', () => {
    expect(Object.keys(pkg.dependencies).sort()).to.deep.equal(['lit']);
    expect(pkg.devDependencies).to.include.keys('d3-geo', 'topojson-client');
  });

  it('marks as side effects exactly the entries that register elements', () => {
    expect([...pkg.sideEffects].sort()).to.deep.equal(['./dist/opicescr.js', './dist/opicescr.mjs']);
  });

  it('starts every built script with a banner naming the package, its version and its licence', async function () {
    this.timeout(30000);
    for (const script of SCRIPTS) {
      const firstLine = (await readFile(script)).split('\n')[0];
      expect(firstLine, script).to.match(/^\/\*! /);
      expect(firstLine, script).to.contain(`${pkg.name} ${pkg.version}`).and.contain(`${pkg.license} License`);
    }
  });

  it('keeps Lit inside the script tag build and outside the class-only entry', async function () {
    this.timeout(30000);
    const classic = await readFile('dist/opicescr.js');
    expect(classic).to.not.match(/\bfrom\s*["'](lit|@lit)/);
    expect(classic).to.contain('litElementVersions'); // Lit's own code is inside
    const classes = await readFile('dist/opicescr-classes.mjs');
    expect(classes).to.contain('from"lit"');
    expect(classes).to.not.contain('litElementVersions');
  });
});

describe('the class-only entry', () => {
  it('registers nothing and upgrades no div mount', async () => {
    const mount = document.createElement('div');
    mount.dataset.opicescr = 'map';
    document.body.append(mount);
    await import('/dist/opicescr-classes.mjs' as string);
    for (const tag of ['opicescr-map', 'opicescr-timeline', 'opicescr-contact']) expect(customElements.get(tag), tag).to.equal(undefined);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(mount.children).to.have.length(0);
    mount.remove();
  });

  it("shares the page's Lit and works under a tag name the site chooses", async () => {
    const { OpicescrMap, ELEMENT_KINDS } = await import('/dist/opicescr-classes.mjs' as string);
    expect(OpicescrMap.prototype instanceof LitElement, 'the class extends the very LitElement the page imported').to.equal(true);
    expect(ELEMENT_KINDS.map.tag).to.equal('opicescr-map');
    customElements.define('partner-status-map', OpicescrMap);
    const map = document.createElement('partner-status-map');
    map.setAttribute('loading', 'eager');
    document.body.append(map);
    await waitUntil(() => map.dataset.state === 'ready' || map.dataset.state === 'stale', `the map is ${map.dataset.state}`, { timeout: 8000 });
    expect(map.shadowRoot!.querySelectorAll('[data-iso]').length).to.be.greaterThan(190);
    map.remove();
  });
});

describe('the types', () => {
  it('type document.createElement and the events for users of either entry, and tell one element from another', async function () {
    this.timeout(240000); // two tsc runs on a busy machine
    const [registering, classOnly] = await Promise.all([
      typeCheck({
        'page.ts': `
          import { OpicescrMap, type StatusData } from 'opicescr-widgets';
          const map: OpicescrMap = document.createElement('opicescr-map');
          map.region = 'africa';
          map.addEventListener('opicescr-error', (event) => { const code: string = event.detail.code; console.log(code); });
          map.addEventListener('opicescr-select', (event) => { const iso2: string = event.detail.iso2; console.log(iso2); });
          const timeline = document.querySelector('opicescr-timeline');
          console.log(timeline?.order, (null as StatusData | null)?.asOf);
        `,
        // Must fail: a map is not a timeline.
        'wrong.ts': `
          import type { OpicescrTimeline } from 'opicescr-widgets';
          const timeline: OpicescrTimeline = document.createElement('opicescr-map');
          console.log(timeline);
        `,
      }),
      typeCheck({
        'app.ts': `
          import { OpicescrContact, OpicescrMap, ELEMENT_KINDS, type SelectDetail } from 'opicescr-widgets/classes';
          customElements.define('my-map', OpicescrMap);
          const contact: OpicescrContact = document.createElement('opicescr-contact');
          const detail: SelectDetail = { iso2: 'UY', category: 'ratified', name: 'Uruguay' };
          console.log(contact.src, detail, ELEMENT_KINDS.map.options);
        `,
      }),
    ]);
    const errors = registering.output.split('\n').filter((line) => /^\S+\(\d+,\d+\): error/.test(line));
    expect(errors.filter((line) => !line.startsWith('wrong.ts')), 'errors outside wrong.ts').to.deep.equal([]);
    expect(errors.join('\n')).to.contain('wrong.ts').and.contain('OpicescrMap');
    expect(classOnly.output).to.equal('');
    expect(classOnly.code).to.equal(0);
  });
});

describe('the packed layout on a CDN', () => {
  const CDN = 'https://cdn.jsdelivr.net/npm/opicescr-widgets@0.0.0-layout-test/';
  for (const script of ['dist/opicescr.js', 'dist/opicescr.mjs']) {
    it(`lets ${script} find the status file and the geometry beside it`, async function () {
      if (inFirefox()) this.skip(); // Routing a CDN's requests needs Playwright, which drives Chromium here.
      this.timeout(30000);
      const type = script.endsWith('.mjs') ? ' type="module"' : ' defer';
      const page = await partnerPage({
        pageUrl: 'http://partner.test/layout.html',
        cdnBase: CDN,
        html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Layout</title>
          <script src="${CDN}${script}"${type}></script></head>
          <body><opicescr-map loading="eager"></opicescr-map></body></html>`,
      });
      expect(page.requests.filter((request) => request.status !== 200), 'requests the packed layout cannot answer').to.deep.equal([]);
      expect(page.requests.map((request) => request.path)).to.include.members([script, 'data/opicescr-status.v1.json', 'data/opicescr-world.v2.json']);
      expect(page.elements.map((element) => element.state)).to.satisfy((states: string[]) => states.every((state) => state === 'ready' || state === 'stale'));
      expect(page.problems).to.deep.equal([]);
    });
  }
});
