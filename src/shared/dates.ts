// The one reader of calendar dates: the status file's dates, a map's `as-of` and the day a
// timeline shows a map on all go through it, so a date one part accepts is never refused by
// another. A date is a day that exists, written `YYYY-MM-DD` (milestones may also say `YYYY` or
// `YYYY-MM`); "2013-02-30" is refused, never rolled over to March. Dates are calendar days, not
// instants: nothing here reads the clock or a time zone, and nothing formats (see i18n).

import type { IsoDate } from './status-file.js';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Why a text is not a date: not written as one, or written as a date that does not exist. */
export type DateProblem = 'not-a-date' | 'no-such-date';

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * What is wrong with `text` as a day (`YYYY-MM-DD`), or with `partial` as a day, a month
 * (`YYYY-MM`) or a year (`YYYY`); undefined when nothing is.
 */
export function dateProblem(text: unknown, { partial = false } = {}): DateProblem | undefined {
  const parts = typeof text === 'string' ? DATE.exec(text) : null;
  if (!parts || (!partial && parts[3] === undefined)) return 'not-a-date';
  const [year, month, day] = parts.slice(1).map(Number);
  if (parts[2] !== undefined && (month < 1 || month > 12)) return 'no-such-date';
  if (parts[3] !== undefined && (day < 1 || day > daysInMonth(year, month))) return 'no-such-date';
  return undefined;
}

/** Whether `text` is a day that exists, written `YYYY-MM-DD`. */
export const isCalendarDay = (text: unknown): text is IsoDate => dateProblem(text) === undefined;

/**
 * An attribute's day (`as-of`), or undefined for anything else: a bad value means "no date" and
 * falls back quietly to the data's own day. Surrounding spaces are forgiven.
 */
export function parseDay(value: string | null | undefined): IsoDate | undefined {
  const day = value?.trim();
  return isCalendarDay(day) ? day : undefined;
}
