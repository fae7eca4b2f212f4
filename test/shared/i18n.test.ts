import { expect } from '@open-wc/testing';
import { formatDate, speechOf, stateName } from '../../src/shared/i18n/index.js';

describe('languages', () => {
  it('picks the supported language of a tag and keeps its regional variant for dates', () => {
    expect(speechOf('es-MX')).to.deep.equal({ language: 'es', locale: 'es-MX' });
    expect(speechOf('fr')).to.deep.equal({ language: 'fr', locale: 'fr' });
    expect(speechOf('en')).to.deep.equal({ language: 'en', locale: 'en-GB' });
    expect(speechOf('de-CH')).to.deep.equal({ language: 'en', locale: 'en-GB' });
    expect(speechOf('not a tag!')).to.deep.equal({ language: 'en', locale: 'en-GB' });
  });

  it('formats calendar dates at their own precision in each language', () => {
    const cases: Array<[string, string, 'long' | 'short', string]> = [
      ['2013-05-05', 'en-GB', 'long', '5 May 2013'],
      ['2013-05-05', 'en-US', 'long', 'May 5, 2013'],
      ['2009-09-24', 'en-GB', 'short', '24 Sep 2009'],
      ['2026-02-03', 'es', 'long', '3 de febrero de 2026'],
      ['2026-05-03', 'es-MX', 'long', '3 de mayo de 2026'],
      ['2009-09-24', 'es', 'short', '24 sept 2009'],
      ['2026-02-03', 'fr', 'long', '3 février 2026'],
      ['2026-02-03', 'fr-CA', 'short', '3 févr. 2026'],
      ['2008-12', 'en-GB', 'long', 'December 2008'],
      ['2008-12', 'es', 'long', 'diciembre de 2008'],
      ['1994', 'fr', 'long', '1994'],
    ];
    for (const [date, locale, length, expected] of cases) expect(formatDate(date, locale, length), `${date} ${locale}`).to.equal(expected);
  });

  it('names states by the file in English and by the platform, with treaty names, in Spanish and French', () => {
    expect(stateName('PS', 'State of Palestine', 'en')).to.equal('State of Palestine');
    expect(stateName('PS', 'State of Palestine', 'fr')).to.equal('État de Palestine');
    expect(stateName('VA', 'Holy See', 'es')).to.equal('Santa Sede');
    expect(stateName('UY', 'Uruguay', 'es')).to.equal('Uruguay');
    expect(stateName('DE', 'Germany', 'fr')).to.equal('Allemagne');
  });
});
