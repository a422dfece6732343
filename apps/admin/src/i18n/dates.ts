/**
 * How the app writes dates: Indonesian, or British English (day before month) for English. One place for the
 * locale of a language and for the formats made from it.
 */

/** The locale the app writes dates in for one of its languages. */
export const dateLocaleOf = (language: string): string => (language === 'en' ? 'en-GB' : 'id-ID');

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A format for calendar days (an ISO date has no time zone, so it is formatted as a UTC midnight and no zone can
 * move it a day), made once per locale and shape.
 */
export const dayFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${locale} ${JSON.stringify(options)}`;
  const known = dayFormats.get(key);
  if (known) return known;
  const made = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  dayFormats.set(key, made);
  return made;
};

/** A calendar day (`2026-12-01`) as the instant {@link dayFormat} formats. */
export const utcDay = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);

/** A moment (an ISO instant: the audit trail, a status history) in the reader's language and time zone. */
export const dateTimeFormat = (language: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(dateLocaleOf(language), { dateStyle: 'medium', timeStyle: 'short' });
