/** Kazakh text helpers shared by the ingest and the search analyzer: look-alike letters, Roman numerals, ordinal words, defined terms. */
export { fixLookalikes } from './lookalikes.ts';
export { fixRomanNumerals } from './roman-numerals.ts';
export { ORDINAL_SOURCE, ORDINALS, ordinalValue } from './ordinals.ts';
export { DEFINITIONS_HEADING, definedTermOf, termsDefinedInSentences } from './definitions.ts';
