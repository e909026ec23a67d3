/**
 * Text conservation, shared by the segmenter tests: every non-space character of the lines the
 * segmenter was given (the table of contents aside) must come out exactly once, in a provision's
 * label, heading or text, or in an amendment, header or editorial note.
 */
import type { Provision, ProvisionType } from '../../model/index.ts';
import type { SourceLine } from '../../ingest/normalize.ts';
import type { SegmentResult } from '../../ingest/segment/index.ts';

/** Labels as printed in the code (read from the text): `5-бап.` article, `7-тарау.` chapter, `1-БӨЛІМ.` section, `2.` part, `3)` subparagraph. */
const PRINTED_LABEL: Partial<Record<ProvisionType, (num: string) => string>> = {
  section: (n) => `${n}-БӨЛІМ.`,
  chapter: (n) => `${n}-тарау.`,
  article: (n) => `${n}-бап.`,
  part: (n) => `${n}.`,
  subparagraph: (n) => `${n})`,
};

// Joined text fixes act numerals split over two lines (`№ 136-` / `VІІІ` → `136-VIII`), so Cyrillic І and Latin I count as one.
const fold = (s: string) => s.replace(/\s+/g, '').replace(/І/g, 'I');

function tally(texts: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const ch of fold(t)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** What a list of provisions prints: each node's label as printed, heading and own text. */
export function provisionTexts(provisions: readonly Provision[]): string[] {
  return provisions.flatMap((p) => {
    const label = p.num === null ? undefined : PRINTED_LABEL[p.type];
    return [label && p.num !== null ? label(p.num) : '', p.heading ?? '', p.text];
  });
}

function outputTexts(result: SegmentResult, keep: (source: { startLine: number }) => boolean): string[] {
  const out = provisionTexts(result.provisions.filter((x) => keep(x.source)));
  out.push(...result.notes.map((n) => n.note).filter((n) => keep(n.source)).map((n) => n.text));
  out.push(...result.editorialNotes.filter((n) => keep(n.source)).map((n) => n.text));
  return out;
}

export interface ConservationReport {
  /** `char ×n`: characters the input has more of than the output, and the reverse */
  missing: string[];
  extra: string[];
  /** Input lines holding a missing character, to start looking */
  suspectLines: number[];
}

/**
 * Compare the characters of `lines` with the segmenter's output. `fromLine`: compare only the
 * body (lines at or after it, and nodes and notes starting there); otherwise everything outside the TOC.
 */
export function conservation(lines: readonly SourceLine[], result: SegmentResult, fromLine?: number): ConservationReport {
  const toc = result.toc?.source;
  const inToc = (line: number) => toc !== undefined && line >= toc.startLine && line <= toc.endLine;
  const input = lines.filter((l) => (fromLine === undefined ? !inToc(l.line) : l.line >= fromLine));
  const output = fromLine === undefined
    ? [...outputTexts(result, () => true), ...result.headerNotes.map((n) => n.note.text)]
    : outputTexts(result, (source) => source.startLine >= fromLine);
  return compareCharacters(input, output);
}

/** Compare the non-space characters of input lines with output texts, as a multiset. */
export function compareCharacters(input: readonly SourceLine[], output: readonly string[]): ConservationReport {
  const want = tally(input.map((l) => l.text));
  const got = tally(output);
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [ch, n] of want) if ((got.get(ch) ?? 0) < n) missing.push(`${ch} ×${n - (got.get(ch) ?? 0)}`);
  for (const [ch, n] of got) if ((want.get(ch) ?? 0) < n) extra.push(`${ch} ×${n - (want.get(ch) ?? 0)}`);
  const missingChars = new Set(missing.map((m) => m[0]));
  const suspectLines = input.filter((l) => [...fold(l.text)].some((c) => missingChars.has(c))).slice(0, 10).map((l) => l.line);
  return { missing, extra, suspectLines };
}
