// The one reader of calendar dates, used by the status file's checks, the map's `as-of` and the
// timeline, so that a date means the same everywhere: `2023-02-31` is no day for any of them.
// Dates are ISO strings (`YYYY-MM-DD`, and for milestones `YYYY` or `YYYY-MM`), compared as
// strings (the format sorts chronologically) and computed in UTC, never in the visitor's zone.

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `value` if it is a real day (`2024-02-29` yes, `2023-02-29` no), else undefined. */
export function readDay(value: unknown): IsoDate | undefined {
  const date = readPartialDate(value);
  return date?.length === 10 ? date : undefined;
}

/** `value` if it is a real year, month or day (`2013`, `2013-05`, `2013-05-05`), else undefined. */
export function readPartialDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const match = PARTIAL.exec(trimmed);
  if (!match) return undefined;
  const [, , month, day] = match.map(Number);
  if (match[2] && (month < 1 || month > 12)) return undefined;
  if (match[3] && (day < 1 || day > daysIn(Number(match[1]), month))) return undefined;
  return trimmed;
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
  return isoDay(new Date(Date.UTC(year, month + 2, Math.min(day, daysIn(year, month + 3)))));
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
