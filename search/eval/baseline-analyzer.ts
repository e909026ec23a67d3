/**
 * The comparison analyzer for `npm run eval:search`: what the engine does by default
 * (MiniSearch splits on spaces and punctuation and lowercases), with no look-alike fixing,
 * stemming, stop words or abbreviations. Same TextAnalyzer shape, so the same adapter runs it.
 */
import type { AnalyzedToken, TextAnalyzer } from '../analyzer/index.ts';

/** Runs between MiniSearch's default separators (its SPACE_OR_PUNCTUATION, `[\n\r\p{Z}\p{P}]+`). */
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

export const engineDefaultAnalyzer: TextAnalyzer = {
  analyze(text: string): AnalyzedToken[] {
    const tokens: AnalyzedToken[] = [];
    for (const match of text.matchAll(WORD)) {
      const start = match.index ?? 0;
      tokens.push({ term: match[0].toLowerCase(), start, end: start + match[0].length, stop: false, expansion: null });
    }
    return tokens;
  },
};
