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
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  /** A date at day precision, with a long or short month name; the United States put the month first. */
  day: (day: number, month: string, year: number, short: boolean, region?: string) =>
    region === 'US' ? `${month} ${day}, ${year}` : `${day} ${month} ${year}`,
  month: (month: string, year: number) => `${month} ${year}`,
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
  map: {
    label: 'World map of the OP-ICESCR status. Use the arrow keys to move between states and Enter to open one.',
    lookupLabel: 'Has your country ratified?',
    lookupPlaceholder: 'Type a country',
    noMatch: 'No state matches',
    legendTitle: 'Status',
    legendOn: (date: string) => `Status on ${date}`,
    showAll: 'Show all states',
    inRegion: {
      world: 'World',
      africa: 'Africa',
      americas: 'Americas',
      asia: 'Asia',
      europe: 'Europe',
      oceania: 'Oceania',
    },
    showTable: 'Show as table',
    hideTable: 'Hide table',
    download: 'Download CSV',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    close: 'Close',
    covenant: 'ICESCR',
    protocol: 'OP-ICESCR',
    signed: 'Signed',
    notSigned: 'Not signed',
    noConsent: 'Not a party',
    art10: 'Article 10 declaration (inter-State communications)',
    art11: 'Article 11 declaration (inquiry procedure)',
    yes: 'Yes',
    no: 'No',
    untcEntry: (name: string) => `${name} in the UN Treaty Collection`,
    campaign: (name: string) => `Campaign in ${name}? Contact the coalition`,
    territory: 'A territory with no treaty status of its own.',
    mapUnavailable: 'The map could not be drawn. The table lists every state.',
    table: {
      caption: (count: number) => `OP-ICESCR status of ${count} states`,
      state: 'State',
      category: 'Status',
      signature: 'OP signature',
      consent: 'OP ratification or accession',
      kind: 'Kind',
      sortedBy: 'sorted',
    },
    answer: {
      ratified: (name: string, date: string, kind: string) => `Yes. ${name} became a party to the OP-ICESCR by ${kind} on ${date}.`,
      signed: (name: string, date: string) => `Not yet. ${name} signed the OP-ICESCR on ${date} but has not ratified it.`,
      party: (name: string) => `No. ${name} is a party to the ICESCR but has not signed its Optional Protocol.`,
      'not-party': (name: string) => `No. ${name} is not a party to the ICESCR.`,
    },
  },
  timeline: {
    kinds: { milestones: 'Milestones', signatures: 'Signatures', ratifications: 'Ratifications' },
    descending: 'Newest first',
    signature: 'signature',
    /** "Uruguay: ratification"; `act` is `signature` or a consent kind. */
    act: (name: string, act: string) => `${name}: ${act}`,
    /** The running count of ratifications, accessions and successions together (OP article 18). */
    count: (count: number) =>
      `${count}${(count % 100) - (count % 10) === 10 ? 'th' : ['th', 'st', 'nd', 'rd'][count % 10] ?? 'th'} ratification or accession`,
    inForce: (name: string) => `The OP-ICESCR enters into force, three months after the 10th ratification or accession (${name}).`,
    mapOn: (date: string) => `Map as of ${date}`,
    today: 'Today',
  },
  contact: {
    write: 'Write to the coalition',
    monitored: (languages: string) => `Monitored in ${languages}`,
    committee: 'Steering Committee',
    coordinator: 'Coordinating organisation',
  },
  /** Names that differ from the platform's (Intl.DisplayNames) for treaty purposes; English uses the file's UN names. */
  stateNames: {} as Partial<Record<string, string>>,
};

export type Strings = typeof en;
