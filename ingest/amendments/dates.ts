/**
 * Dates in amendment notes: the act's date is printed `YYYY.DD.MM.` (day before month:
 * `2022.05.11.` is 5 November 2022); the effective date is written in words with the month
 * in the ablative (`2025 ж. 29 желтоқсаннан бастап`, "from 29 December 2025"); header notes
 * write the month in the locative (`2020 жылғы 24 қыркүйектегі`, "of 24 September 2020").
 */
import type { TextFormat } from '../../model/index.ts';

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

/**
 * The order of a dotted date's fields. Each input format prints its notes' dates in its own orders, told apart by
 * their shape: the PDF text `YYYY.DD.MM.` (`2022.05.11.` is 5 November 2022); the database export `DD.MM.YYYY`
 * (`05.11.2022`) and, in its older notes, `YYYY.MM.DD.` (`2007.01.12.` is 12 January 2007).
 */
export type DateOrder = 'YDM' | 'DMY' | 'YMD';

/** The orders a format reads, one per shape (year first or year last): never two readings of one shape. */
export const DATE_ORDERS = {
  code: { yearFirst: 'YDM', yearLast: null },
  adilet: { yearFirst: 'YMD', yearLast: 'DMY' },
} as const satisfies Partial<Record<TextFormat, { yearFirst: DateOrder; yearLast: DateOrder | null }>>;

/** The formats whose notes are read: each fixes their grammar and date orders. */
export type NoteFormat = keyof typeof DATE_ORDERS;

export interface PrintedDate {
  /** ISO date, or null when the printed date is impossible in the format's order */
  date: string | null;
  /** The order the date was read in; null when its shape is not one the format prints */
  order: DateOrder | null;
}

/** A dotted date (`2022.05.11.`, `05.11.2022`) read in the order its format prints that shape; never guessed in another. */
export function parsePrintedDate(printed: string, format: NoteFormat): PrintedDate {
  const orders = DATE_ORDERS[format];
  const yearFirst = /^(\d{4})\.(\d{1,2})\.(\d{1,2})\.?$/.exec(printed);
  const yearLast = yearFirst ? null : /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/.exec(printed);
  const order = yearFirst ? orders.yearFirst : yearLast ? orders.yearLast : null;
  const m = yearFirst ?? yearLast;
  if (!m || order === null) return { date: null, order };
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = order === 'YDM' ? isoDate(a, c, b) : order === 'YMD' ? isoDate(a, b, c) : isoDate(c, b, a);
  return { date, order };
}

/** How an order is written, for diagnostics. */
export const ORDER_PATTERN: Record<DateOrder, string> = { YDM: 'YYYY.DD.MM.', DMY: 'DD.MM.YYYY', YMD: 'YYYY.MM.DD.' };

/** `2022.05.11` (year, day, month, the PDF text's order) → `2022-11-05`; null if it is no date. */
export function parseDottedDate(printed: string): string | null {
  return /^\d{4}\.\d{2}\.\d{2}\.?$/.test(printed) ? parsePrintedDate(printed, 'code').date : null;
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
