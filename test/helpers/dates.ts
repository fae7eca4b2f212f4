// Days as the elements write them in English ("3 February 2026"), computed with the platform's
// formatter rather than the product's, so that a test expecting a day from the data checks the
// product's formatting too.

/** A day of the data (YYYY-MM-DD) as the elements show it in English (en-GB, in UTC). */
export function englishDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) throw new Error(`not a day: ${day}`);
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(year, month - 1, date));
}
