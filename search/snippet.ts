/**
 * Snippets and highlights from the passage that matches, engine-neutral: the engine says which
 * index terms matched, the analyzer finds where those terms stand in the clean provision text.
 * Because search normalization keeps offsets, a match marks exactly the characters printed.
 */
import { matchingTokens, type TextAnalyzer } from './analyzer/index.ts';
import type { Passage } from './documents.ts';

export interface Snippet {
  /** Best passage's provision id */
  provisionId: string | null;
  /** HTML-escaped excerpt with matched words in `<mark>…</mark>` */
  snippet: string;
  /** Matched words as printed, each once, in text order */
  highlights: string[];
}

/** Characters of context shown before the first match, and the excerpt's length. */
const LEAD = 60;
const LENGTH = 240;
const MAX_HIGHLIGHTS = 20;

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Marked {
  passage: Passage | null;
  text: string;
  spans: Array<{ start: number; end: number }>;
  distinct: number;
}

function mark(analyzer: TextAnalyzer, text: string, passage: Passage | null, matched: ReadonlySet<string>): Marked {
  const spans: Marked['spans'] = [];
  const terms = new Set<string>();
  // Analyzing every word of every passage of every hit was half of a query's time: the analyzer skips what cannot match.
  for (const token of matchingTokens(analyzer, text, matched)) {
    spans.push({ start: token.start, end: token.end });
    terms.add(token.term);
  }
  return { passage, text, spans, distinct: terms.size };
}

/**
 * Cut the snippet from the passage holding the most distinct matched terms (the heading when
 * no passage holds any), starting a little before its first match, on a word boundary.
 */
export function buildSnippet(
  analyzer: TextAnalyzer,
  heading: string,
  passages: readonly Passage[],
  matchedTerms: ReadonlySet<string>,
): Snippet {
  const marked = passages.map((p) => mark(analyzer, p.text, p, matchedTerms));
  const headingMarks = mark(analyzer, heading, null, matchedTerms);
  const bestPassage = marked.reduce<Marked | undefined>((b, m) => (!b || m.distinct > b.distinct ? m : b), undefined);
  const best = bestPassage && (bestPassage.distinct > 0 || headingMarks.distinct === 0) ? bestPassage : headingMarks;

  const first = best.spans[0]?.start ?? 0;
  let start = Math.max(0, first - LEAD);
  if (start > 0) start = best.text.indexOf(' ', start) + 1 || start;
  let end = Math.min(best.text.length, start + LENGTH);
  if (end < best.text.length) end = best.text.lastIndexOf(' ', end) > first ? best.text.lastIndexOf(' ', end) : end;

  let html = start > 0 ? '…' : '';
  let at = start;
  for (const span of best.spans) {
    if (span.start < start || span.end > end) continue;
    html += `${escapeHtml(best.text.slice(at, span.start))}<mark>${escapeHtml(best.text.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  html += escapeHtml(best.text.slice(at, end)) + (end < best.text.length ? '…' : '');

  const highlights: string[] = [];
  for (const m of [headingMarks, ...marked])
    for (const span of m.spans) {
      const word = m.text.slice(span.start, span.end);
      if (!highlights.includes(word) && highlights.length < MAX_HIGHLIGHTS) highlights.push(word);
    }
  return { provisionId: best.passage?.provisionId ?? null, snippet: html, highlights };
}
