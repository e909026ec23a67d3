/** The four non-code corpus texts, normalized and segmented once, with the corpus-wide lexicon. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document, Provision } from '../../../model/index.ts';
import { readManifest } from '../../../ingest/manifest.ts';
import { buildLexicon, cleanText, normalizeLines, type SourceLine } from '../../../ingest/normalize.ts';
import { formatOf, SEGMENTERS, type SegmentInput, type SegmentResult } from '../../../ingest/segment/index.ts';
import { positionalConservation, type Piece } from '../conservation.ts';

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
    document,
    raw,
    lines,
    ctx,
    result,
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

/** Characters folded for comparing: blanks go, case and the Cyrillic/Latin І of numerals are one. */
const fold = (s: string) =>
  s
    .replace(/\s+/g, '')
    .replace(/[Іі]/g, (c) => (c === 'І' ? 'I' : 'i'))
    .toLowerCase();

/**
 * What a node prints, in the order the text prints it: label, heading, text; a policy paper's title
 * block prints its copyright line (`© Құқықтық саясатты зерттеу орталығы`, the preface's text) above its title.
 */
function printed(p: Provision, kind: Document['kind']): string {
  if (p.type === 'preface' && kind === 'policy') return `${p.text}${p.heading ?? ''}`;
  return `${printedLabel(p, kind)}${p.heading ?? ''}${p.text}`;
}

/**
 * Positional conservation (conservation.ts) of a segmented document: its nodes and editorial notes,
 * in span order, spell the normalized input on their own lines. Joining lines drops soft line-end
 * hyphens (`қаты-`/`суына`), so a hyphen ending a line after a letter may be missing; no other.
 */
export function conservation(s: Pick<Segmented, 'lines' | 'result' | 'document'>): string[] {
  const pieces: Piece[] = [
    ...s.result.provisions.map((p) => ({ name: p.eId, source: p.source, content: printed(p, s.document.kind) })),
    ...s.result.editorialNotes.map((n) => ({ name: `${n.kind} note L${n.source.startLine}`, source: n.source, content: n.text })),
  ];
  return positionalConservation(s.lines, pieces, { fold, softHyphens: true });
}

/** The raw file's text over a node's span, cleaned as normalize cleans lines, blanks removed. */
export function rawSlice(s: Segmented, p: Provision): string {
  return s.raw.slice(p.source.startOffset, p.source.endOffset).split('\n').map(cleanText).join('').replace(/\s+/g, '');
}
