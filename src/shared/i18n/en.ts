// English strings: the reference dictionary. Its shape is the type every other language fills in.
// Plurals and sentences with values are functions so that each language can order its own words.

export const en = {
  languageName: 'English',
  loading: 'Loading the OP-ICESCR status…',
  retry: 'Try again',
  errors: {
    HTTP: (status: number) => `The treaty status could not be loaded (the server answered ${status}).`,
    NETWORK: 'The treaty status could not be loaded. Check the connection and try again.',
    TIMEOUT: 'The treaty status took too long to load.',
    PARSE: 'The treaty status file is damaged (it is not valid JSON).',
    SCHEMA_UNSUPPORTED: (version: string) =>
      `The treaty status file has version ${version}, which this widget cannot read. Update the widget's script.`,
    INVALID: (problem: string) => `The treaty status file has a problem: ${problem}.`,
    TOO_LARGE: 'The treaty status file is too large to load.',
  },
  asOf: (date: string) => `Data as of ${date}`,
  source: 'Source',
  staleNote: 'This data may be out of date.',
  categories: {
    'not-party': 'Not a party to the ICESCR',
    party: 'Party to the ICESCR',
    signed: 'Signed the OP-ICESCR',
    ratified: 'Ratified the OP-ICESCR',
    none: 'No treaty status of its own',
  },
  consentKinds: {
    ratification: 'ratification',
    accession: 'accession',
    succession: 'succession',
  },
  /** Names that differ from the platform's (Intl.DisplayNames) for treaty purposes; English uses the file's UN names. */
  stateNames: {} as Partial<Record<string, string>>,
};

export type Strings = typeof en;
