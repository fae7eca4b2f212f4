import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/shared/i18n/dates.js';
import { english } from '../../src/shared/i18n/dictionary.js';
import { voiceOf } from '../../src/shared/i18n/languages.js';
import { speechFor } from '../../src/shared/i18n/speech.js';

describe('languages', () => {
  it('picks the supported language of a tag and keeps its regional variant for dates', () => {
    expect(voiceOf('es-MX')).to.deep.equal({ language: 'es', locale: 'es-MX', tag: 'es-MX' });
    expect(voiceOf('fr')).to.deep.equal({ language: 'fr', locale: 'fr', tag: 'fr' });
    expect(voiceOf('en')).to.deep.equal({ language: 'en', locale: 'en-GB', tag: 'en' });
    expect(voiceOf('pt-PT')).to.deep.equal({ language: 'pt', locale: 'pt-PT', tag: 'pt-PT' });
    expect(voiceOf('zh-Hant-TW')).to.deep.equal({ language: 'zh', locale: 'zh-Hant-TW', tag: 'zh-Hant-TW' });
    expect(voiceOf('de-CH')).to.deep.equal({ language: 'en', locale: 'en-GB', tag: 'en' });
    expect(voiceOf('not a tag!')).to.deep.equal({ language: 'en', locale: 'en-GB', tag: 'en' });
  });

  it('formats calendar dates at their own precision in each language', () => {
    const cases: Array<[string, string, 'long' | 'short', string]> = [
      ['2013-05-05', 'en-GB', 'long', '5 May 2013'],
      ['2013-05-05', 'en-US', 'long', 'May 5, 2013'],
      ['2009-09-24', 'en-GB', 'short', '24 Sep 2009'],
      ['2026-02-03', 'es', 'long', '3 de febrero de 2026'],
      ['2026-05-03', 'es-MX', 'long', '3 de mayo de 2026'],
      ['2026-02-03', 'fr', 'long', '3 février 2026'],
      ['2026-02-03', 'fr-CA', 'short', '3 févr. 2026'],
      ['2008-12', 'en-GB', 'long', 'December 2008'],
      ['2008-12', 'es', 'long', 'diciembre de 2008'],
      ['1994', 'fr', 'long', '1994'],
      ['2013-05-05', 'zh', 'long', '2013年5月5日'],
      ['2013-05-05', 'ru', 'long', '5 мая 2013 г.'],
    ];
    for (const [date, locale, length, expected] of cases) expect(formatDate(date, locale, length), `${date} ${locale}`).to.equal(expected);
  });

  it('formats English dates from its own month names exactly as Intl would, in every zone', () => {
    for (const date of ['2013-05-05', '2009-09-24', '2026-02-03', '1966-12-16', '2008-12']) {
      for (const locale of ['en-GB', 'en-US']) {
        const [year, month, day] = date.split('-').map(Number);
        const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}) };
        const expected = new Intl.DateTimeFormat(locale, options).format(Date.UTC(year, month - 1, day || 1));
        expect(formatDate(date, locale), `${date} ${locale}`).to.equal(expected);
      }
    }
  });

  it('names states by the file in English and by the platform in other languages', () => {
    expect(speechFor(voiceOf('en'), english).stateName('PS', 'State of Palestine')).to.equal('State of Palestine');
    expect(speechFor(voiceOf('fr'), english).stateName('DE', 'Germany')).to.equal('Allemagne');
    expect(speechFor(voiceOf('es'), english).stateName('UY', 'Uruguay')).to.equal('Uruguay');
  });
});
