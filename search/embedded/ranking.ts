/** The embedded index's ranking parameters and their defaults, tuned on tuning splits only (search/eval: queries.json, analyst-queries.json, dev-queries.json). */

export interface RankingOptions {
  /** Weight of the heading against the body (1) */
  headingBoost: number;
  /** Weight of the enclosing sections' and chapters' headings */
  pathBoost: number;
  /** Weight of a heading a paragraph takes from above (outside codes): as much as its own text */
  inheritedHeadingBoost: number;
  /** Score factor for a text holding the query's words in order */
  phraseBoost: number;
  /** Most a text gains, as a share of its score, for holding the query's words side by side (search/embedded/proximity.ts); 0: none */
  proximityBoost: number;
  /** Exponent of the share of query terms a text holds (0: plain BM25 sum) */
  coordination: number;
  /** Score factors for terms found by typo tolerance and by prefix, against exact (1) */
  fuzzyWeight: number;
  prefixWeight: number;
  /** Score factor for a term the thesaurus added, against the words typed (1) */
  thesaurusWeight: number;
  /** Score factor for a general-language synonym of a word typed (search/analyzer/russian-synonyms.ts) */
  synonymWeight: number;
  /** Score factor for a word read through the other language's text (bridge.ts), against the words typed (1); 0: not read so */
  otherLanguageWeight: number;
  /**
   * Score factor for a word read through its translation learned from the aligned texts (word-association.ts), the
   * other text not holding the word itself; 0: not read so
   */
  associationWeight: number;
  /** BM25+ parameters: term-frequency saturation k, length normalization b, lower bound d */
  bm25: { k: number; b: number; d: number };
  /** Parts of one article returned as hits when several hold as much of the match (search/best-part.ts) */
  partsPerArticle: number;
  /** Most text matches of one parent section among the first results (search/embedded/diversify.ts); Infinity: no limit */
  perSection: number;
}

export const DEFAULT_RANKING: RankingOptions = {
  headingBoost: 3,
  pathBoost: 0.5,
  inheritedHeadingBoost: 1,
  phraseBoost: 1.5,
  // 0.3 raised the development set (MRR .863 → .865, Recall@10 .908 → .913) and unseen-4, tuned on since stop 28 (.705 →
  // .732); the analyst tuning half stayed .903. 0.15 and 0.5 gave less, 1 cost the analyst half .004
  proximityBoost: 0.3,
  // 2 raised both tuning sets (analyst tuning half MRR .887 → .891, development set .809 → .817); 2.5 no further
  coordination: 2,
  fuzzyWeight: 0.4,
  prefixWeight: 0.5,
  thesaurusWeight: 0.7,
  synonymWeight: 0.4,
  otherLanguageWeight: 0.7,
  // Below a word found as typed (0.7): a learned translation is a guess. It raised the analyst tuning half (MRR .898 →
  // .903) and left the development set as it was; any weight from 0.2 to 1 gave the same figures on both
  associationWeight: 0.5,
  partsPerArticle: 3,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  // 3 pushed judged paragraphs out of the top 10 on the tuning split; 4 to 10 changed none of its figures
  perSection: 5,
};
