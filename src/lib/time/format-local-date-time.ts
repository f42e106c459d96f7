// Imported only by result views (lazy chunks): building the formatter loads the locale's data,
// which the first screen should not wait for.
const localDateTimes = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The time in the user's own locale and time zone, as Date#toLocaleString() writes it. */
export function formatLocalDateTime(date: Date): string {
  return localDateTimes.format(date);
}

const localTimes = new Intl.DateTimeFormat(undefined, {
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The time of day in the user's own locale and time zone, as Date#toLocaleTimeString() writes it. */
export function formatLocalTime(date: Date): string {
  return localTimes.format(date);
}
