// The one reader of calendar dates: the status file's dates, a map's `as-of` and the day a
// timeline shows a map on all go through it, so a date one part accepts is never refused by
// another. A date is a day that exists, written `YYYY-MM-DD` (milestones may also say `YYYY` or
// `YYYY-MM`); "2013-02-30" is refused, never rolled over to March. Dates are calendar days, not
// instants: they are compared as strings (the format sorts chronologically) and computed in UTC;
// nothing here reads the clock or a time zone, and nothing formats (see src/shared/i18n/dates.ts).

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Why a text is not a date: not written as one, or written as a date that does not exist. */
export type DateProblem = 'not-a-date' | 'no-such-date';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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

/**
 * An attribute's day (`as-of`), or undefined for anything else: a bad value means "no date" and
 * falls back quietly to the data's own day. Surrounding spaces are forgiven.
 */
export function parseDay(value: string | null | undefined): IsoDate | undefined {
  const day = value?.trim();
  return dateProblem(day) ? undefined : day;
}

/**
 * The day that stands for a date: the date itself, or the last day of a year- or month-only date,
 * so that "2013" shows the state at the end of that year.
 */
export function lastDayOf(date: string): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  return day ? date : isoDay(new Date(Date.UTC(year, month || 12, 0)));
}

/** The same day three months later; the month's last day when that day does not exist (30 November → 28 February). */
export function threeMonthsAfter(date: IsoDate): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  return isoDay(new Date(Date.UTC(year, month + 2, Math.min(day, daysInMonth(year, month + 3)))));
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
