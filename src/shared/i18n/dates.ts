// Calendar dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) in words, at their own precision. Dates are
// days, not instants: they are formatted in UTC so no time zone shows the day before.
//
// English, the language of most pages, is formatted from the month names below: the first
// Intl.DateTimeFormat in a page starts ICU's date services, 15-30 ms measured on the first render
// (docs/performance.md), for what these lines do as well (a test compares the long form with Intl's).
// Every other language uses Intl.DateTimeFormat, which knows each language's and region's forms.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateLength = 'long' | 'short';

const formats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(date: string, locale: string, length: DateLength = 'long'): string {
  const [year, month, day] = date.split('-').map(Number);
  if (locale.startsWith('en')) return englishDate(year, month, day, length, locale.endsWith('-US'));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = length;
  if (day) options.day = 'numeric';
  const key = `${locale} ${length} ${month ? 1 : 0}${day ? 1 : 0}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format.format(Date.UTC(year, (month || 1) - 1, day || 1));
}

function englishDate(year: number, month: number, day: number, length: DateLength, us: boolean): string {
  if (!month) return String(year);
  const name = length === 'short' ? MONTHS[month - 1].slice(0, 3) : MONTHS[month - 1];
  if (!day) return `${name} ${year}`;
  return us ? `${name} ${day}, ${year}` : `${day} ${name} ${year}`;
}
