// The one date reader (src/shared/dates.ts) that the status file, the map and the timeline share.
import { expect } from '@open-wc/testing';
import { dateProblem, parseDay } from '../../src/shared/dates.js';

describe('dates', () => {
  it('accepts days that exist, leap days included', () => {
    for (const day of ['2013-02-28', '2024-02-29', '2000-02-29', '2023-04-30', '2023-12-31', '0001-01-01']) {
      expect(dateProblem(day), day).to.equal(undefined);
    }
  });

  it('refuses days that do not exist, never rolling them over', () => {
    for (const day of ['2013-02-30', '2023-02-29', '1900-02-29', '2023-02-31', '2023-04-31', '2023-00-10', '2023-13-01', '2023-01-00', '2023-01-32']) {
      expect(dateProblem(day), day).to.equal('no-such-date');
    }
  });

  it('refuses what is not written YYYY-MM-DD', () => {
    for (const text of ['2013-2-5', '2013-02-05x', '05/02/2013', '2013-02-05T00:00Z', '2013', '', null, 20130205]) {
      expect(dateProblem(text), String(text)).to.equal('not-a-date');
    }
  });

  it('reads a year or a month where a milestone may give one', () => {
    expect(dateProblem('2001', { partial: true })).to.equal(undefined);
    expect(dateProblem('2008-12', { partial: true })).to.equal(undefined);
    expect(dateProblem('2008-13', { partial: true })).to.equal('no-such-date');
    expect(dateProblem('2008-12-32', { partial: true })).to.equal('no-such-date');
    expect(dateProblem('08-12', { partial: true })).to.equal('not-a-date');
  });

  it('reads an attribute quietly: spaces forgiven, anything else no day at all', () => {
    expect(parseDay(' 2013-05-05 ')).to.equal('2013-05-05');
    for (const value of ['2023-02-31', 'soon', '', null, undefined]) expect(parseDay(value), String(value)).to.equal(undefined);
  });
});
