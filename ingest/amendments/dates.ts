/**
 * Dates in amendment notes: the act's date is printed `YYYY.DD.MM.` (day before month:
 * `2022.05.11.` is 5 November 2022); the effective date is written in words with the month
 * in the ablative (`2025 ж. 29 желтоқсаннан бастап`, "from 29 December 2025"); header notes
 * write the month in the locative (`2020 жылғы 24 қыркүйектегі`, "of 24 September 2020").
 */

export interface MonthName {
  /** 1-based month number */
  month: number;
  /** Stem every case form starts with */
  stem: string;
  /** Ablative ("from …") as printed in `… бастап қолданысқа енгізілді` */
  ablative: string;
}

/** Kazakh month names. */
export const MONTHS: readonly MonthName[] = [
  { month: 1, stem: 'қаңтар', ablative: 'қаңтардан' }, // January
  { month: 2, stem: 'ақпан', ablative: 'ақпаннан' }, // February
  { month: 3, stem: 'наурыз', ablative: 'наурыздан' }, // March
  { month: 4, stem: 'сәуір', ablative: 'сәуірден' }, // April
  { month: 5, stem: 'мамыр', ablative: 'мамырдан' }, // May
  { month: 6, stem: 'маусым', ablative: 'маусымнан' }, // June
  { month: 7, stem: 'шілде', ablative: 'шілдеден' }, // July
  { month: 8, stem: 'тамыз', ablative: 'тамыздан' }, // August
  { month: 9, stem: 'қыркүйек', ablative: 'қыркүйектен' }, // September
  { month: 10, stem: 'қазан', ablative: 'қазаннан' }, // October
  { month: 11, stem: 'қараша', ablative: 'қарашадан' }, // November
  { month: 12, stem: 'желтоқсан', ablative: 'желтоқсаннан' }, // December
];

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date from numbers, or null when the day or month cannot exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${year}-${pad(month)}-${pad(day)}`;
}

/** `2022.05.11` (year, day, month) → `2022-11-05`; null if it is no date. */
export function parseDottedDate(printed: string): string | null {
  const m = /^(\d{4})\.(\d{2})\.(\d{2})\.?$/.exec(printed);
  if (!m) return null;
  return isoDate(Number(m[1]), Number(m[3]), Number(m[2]));
}

/** Month of an ablative form only (`желтоқсаннан` → 12): effective dates use no other case. */
export function monthOfAblative(word: string): number | null {
  return MONTHS.find((m) => m.ablative === word.toLowerCase())?.month ?? null;
}

/** Month of any case form, by its stem (`қыркүйектегі` → 9). */
export function monthOfWord(word: string): number | null {
  const w = word.toLowerCase();
  return MONTHS.find((m) => w.startsWith(m.stem))?.month ?? null;
}
