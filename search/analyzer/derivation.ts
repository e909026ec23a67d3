/**
 * Derivational rules for loanwords, applied to a stem once its inflection is stripped: a verb or
 * participle built on a loan noun meets the noun. Only loan shapes are matched (-ия, -инг), so native
 * words, which the light stemmer keeps whole on purpose, are left alone (tests/search/derivation.test.ts
 * lists the conflations and the false ones these must not make).
 */
const RULES: ReadonlyArray<[RegExp, (base: string) => string]> = [
  // -ия + -лан/-лен (make into), as a participle or verbal noun: эмансипацияланған, легализациялау → эмансипация
  [/^(.{3,}ия)(?:лан|лен|ла|ле)(?:ған|ген|атын|етін|у|ды|ді)?$/u, (base) => base],
  // -ия + -лы/-лі (having, -al), its stem with the vowel stripped: пропорциялы (proportionate) → пропорция
  [/^(.{3,}ия)л$/u, (base) => base],
  // -инг + -теу (do): аутсорсингтеу → аутсорсинг, with the noun's devoiced final (аутсорсинк)
  [/^(.{3,}ин)г(?:те|тел)(?:у|ген|етін|ді)?$/u, (base) => `${base}к`],
];

/** The loan noun a derived stem is built on, or the stem itself. */
export function baseOfDerivedLoan(stem: string): string {
  for (const [pattern, base] of RULES) {
    const match = pattern.exec(stem);
    if (match?.[1]) return base(match[1]);
  }
  return stem;
}
