/** Kazakh text helpers shared by the ingest, the search analyzer and the use cases: look-alike letters, Roman numerals, ordinal words, defined terms, word-level diffs. */
export { fixLookalikes } from './lookalikes.ts';
export { fixRomanNumerals } from './roman-numerals.ts';
export { ORDINAL_SOURCE, ORDINALS, ordinalValue } from './ordinals.ts';
export {
  DEFINING_UNITS,
  DEFINITIONS_HEADING,
  definedTermOf,
  shortFormOf,
  shortFormsIntroduced,
  termsDefinedInSentences,
  termsOfUnit,
} from './definitions.ts';
export { wordDiff, wordTokens, type DiffRun, type DiffRunKind, type WordDiff } from './word-diff.ts';
