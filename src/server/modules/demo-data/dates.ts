/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC). The generator formats millions of
 * dates, so this avoids creating a Date object per record; the algorithm is Howard Hinnant's
 * days_from_civil / civil_from_days.
 */

/** Day number of an ISO date 'YYYY-MM-DD'. Throws on anything else. */
export function epochDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const result = era * 146097 + dayOfEra - 719468;
  if (isoDate(result) !== iso) throw new RangeError(`not a calendar date: ${iso}`);
  return result;
}

/** The ISO date 'YYYY-MM-DD' of a day number. */
export function isoDate(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const pad2 = (value: number): string => String(value).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

/** The calendar year of a day number. */
export function yearOf(day: number): number {
  return Number(isoDate(day).slice(0, 4));
}
