/** Roman numerals of act numbers, as printed with Cyrillic letters; shared by the ingest's line cleaning and search normalization. */
/**
 * Idempotent: Roman numerals of act numbers written with Cyrillic І become Latin
 * (`241-VIIІ` → `241-VIII`, `223-VІІ` → `223-VII`). Only numerals that already hold
 * a Latin V, X or I are touched, so Gazette issue numbers like `19-ІІ` stay as printed.
 */
export function fixRomanNumerals(s: string): string {
  // A numeral needs a hyphen before it; one test spares the digit-by-digit pass over most lines.
  if (!HYPHENATED_NUMERAL.test(s)) return s;
  return s.replace(/(\d+-)([VXLIІ]+)(?![\p{L}])/gu, (all, head: string, numeral: string) =>
    /[VXLI]/.test(numeral) && /І/.test(numeral) ? head + numeral.replace(/І/g, 'I') : all,
  );
}

const HYPHENATED_NUMERAL = /-[VXLIІ]/;
