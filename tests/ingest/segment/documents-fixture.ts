/** The four non-code corpus texts, normalized and segmented once, with the corpus-wide lexicon. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document, Provision } from '../../../model/index.ts';
import { readManifest } from '../../../ingest/manifest.ts';
import { buildLexicon, cleanText, normalizeLines, type SourceLine } from '../../../ingest/normalize.ts';
import { formatOf, SEGMENTERS, type SegmentInput, type SegmentResult } from '../../../ingest/segment/index.ts';

const corpusDir = new URL('../../../corpus/', import.meta.url);
const documents = await readManifest(fileURLToPath(corpusDir));
const rawOf = (file: string) => readFileSync(new URL(file, corpusDir), 'utf8');
export const lexicon = buildLexicon(documents.flatMap((d) => normalizeLines(rawOf(d.file))));

export interface Segmented {
  document: Document;
  raw: string;
  lines: SourceLine[];
  ctx: SegmentInput;
  result: SegmentResult;
  node(eId: string): Provision;
  children(eId: string | null): Provision[];
  ofType(type: Provision['type']): Provision[];
}

const cache = new Map<string, Segmented>();

export function segmented(file: string): Segmented {
  const hit = cache.get(file);
  if (hit) return hit;
  const document = documents.find((d) => d.file === file);
  if (!document || formatOf(document) === 'code') throw new Error(`no such non-code document: ${file}`);
  const raw = rawOf(file);
  const lines = normalizeLines(raw);
  const ctx: SegmentInput = { document, lexicon };
  const result = SEGMENTERS[formatOf(document)](lines, ctx);
  const byEId = new Map(result.provisions.map((p) => [p.eId, p]));
  const s: Segmented = {
    document, raw, lines, ctx, result,
    node(eId) {
      const p = byEId.get(eId);
      if (!p) throw new Error(`no provision ${eId} in ${file}`);
      return p;
    },
    children(eId) {
      const parentId = eId === null ? null : s.node(eId).id;
      return result.provisions.filter((p) => p.parentId === parentId).sort((a, b) => a.ordinal - b.ordinal);
    },
    ofType(type) {
      return result.provisions.filter((p) => p.type === type);
    },
  };
  cache.set(file, s);
  return s;
}

export const FILES = {
  admin: 'policy-lprc-2021-administrative-procedures.txt',
  judicial: 'policy-lprc-2021-judicial-system.txt',
  article: 'article-judicial-protection-access-to-justice.txt',
  textbook: 'textbook-internal-affairs-administrative-activity.txt',
} as const;

/**
 * The printed labels the segmenters cut off, as the texts print them (read from the text):
 * `ІІ.` section, `3.` numbered paragraph, plan question or bibliography entry, `•` bullet,
 * `4` footnote number, `Тақырып № 5.` topic. The article's nodes keep their words in their text.
 */
function printedLabel(p: Provision, kind: Document['kind']): string {
  if (p.type === 'topic') return `Тақырып№${p.num}.`;
  if (p.type === 'footnote') return `${p.num}`;
  if (p.type === 'item' && p.num === null) return kind === 'policy' ? '•' : '';
  return p.num === null ? '' : `${p.num}.`;
}

/** Characters folded for counting: blanks go, case and the Cyrillic/Latin І of numerals are one. */
const fold = (s: string) => s.replace(/\s+/g, '').replace(/[Іі]/g, (c) => (c === 'І' ? 'I' : 'i')).toLowerCase();

function tally(texts: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const ch of fold(t)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/**
 * Characters of the normalized input missing from the output, and the reverse (`ч ×2`). Hyphens are
 * counted apart: joining lines drops soft line-end hyphens (`қаты-`/`суына`), so the output may lack
 * at most as many hyphens as there are line-end hyphens; `droppedHyphens` says how many it lacks.
 */
export function conservation(s: Pick<Segmented, 'lines' | 'result' | 'document'>): { missing: string[]; extra: string[]; droppedHyphens: number; lineEndHyphens: number } {
  const out: string[] = [];
  for (const p of s.result.provisions) out.push(printedLabel(p, s.document.kind), p.heading ?? '', p.text);
  for (const n of s.result.editorialNotes) out.push(n.text);
  const want = tally(s.lines.map((l) => l.text));
  const got = tally(out);
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [ch, n] of want) if ((got.get(ch) ?? 0) < n) missing.push(`${ch} ×${n - (got.get(ch) ?? 0)}`);
  for (const [ch, n] of got) if ((want.get(ch) ?? 0) < n) extra.push(`${ch} ×${n - (want.get(ch) ?? 0)}`);
  const droppedHyphens = (want.get('-') ?? 0) - (got.get('-') ?? 0);
  const lineEndHyphens = s.lines.filter((l) => /\p{L}-$/u.test(l.text)).length;
  return { missing: missing.filter((m) => !m.startsWith('- ')), extra, droppedHyphens, lineEndHyphens };
}

/** The raw file's text over a node's span, cleaned as normalize cleans lines, blanks removed. */
export function rawSlice(s: Segmented, p: Provision): string {
  return s.raw.slice(p.source.startOffset, p.source.endOffset).split('\n').map(cleanText).join('').replace(/\s+/g, '');
}
