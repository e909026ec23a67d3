/** Sentences of the corpus texts for the citation tests: raw lines joined as the segmenter joins them. */
import { readFileSync } from 'node:fs';
import type { CitationRef } from '../../model/index.ts';
import { buildLexicon, joinLines, normalizeLines, type JoinedText, type Lexicon, type SourceLine } from '../../ingest/normalize.ts';

export const CODE = 'code-appc-2020-consolidated-2026-01-01.txt';
export const TEXTBOOK = 'textbook-internal-affairs-administrative-activity.txt';
export const ARTICLE = 'article-judicial-protection-access-to-justice.txt';
export const POLICY_PROCEDURES = 'policy-lprc-2021-administrative-procedures.txt';
export const POLICY_JUDICIAL = 'policy-lprc-2021-judicial-system.txt';

/** Each file's lines and its own lexicon, read and built once however many sentences the tests take from it. */
const cache = new Map<string, { lines: SourceLine[]; lexicon: Lexicon }>();
function textOf(file: string): { lines: SourceLine[]; lexicon: Lexicon } {
  let text = cache.get(file);
  if (!text) {
    const lines = normalizeLines(readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8'));
    text = { lines, lexicon: buildLexicon(lines) };
    cache.set(file, text);
  }
  return text;
}

/** The non-blank raw lines `from`…`to` (1-based, inclusive) of a corpus file, joined. */
export function joined(file: string, from: number, to = from): JoinedText {
  const { lines, lexicon } = textOf(file);
  const picked = lines.filter((l) => l.line >= from && l.line <= to);
  if (picked.length === 0) throw new Error(`${file}: no text on lines ${from}-${to}`);
  return joinLines(picked, file, lexicon);
}

/** A CitationRef written compactly, its set levels only: `article=22 part=2 subparagraph=8`. */
export function describe(ref: CitationRef): string {
  return Object.entries(ref)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}
