/** The real code text, normalized and segmented once for the segmenter tests. */
import { readFileSync } from 'node:fs';
import { buildLexicon, normalizeLines } from '../../ingest/normalize.ts';
import { segmentCode, type SegmentContext } from '../../ingest/segment/code/index.ts';
import { CODE_ID } from '../acts.ts';
export { CODE_ID } from '../acts.ts';

export const CODE_FILE = 'code-appc-2020-consolidated-2026-01-01.txt';
export const corpusDir = new URL('../../corpus/', import.meta.url);
export const raw = readFileSync(new URL(CODE_FILE, corpusDir), 'utf8');
export const lines = normalizeLines(raw);
export const ctx: SegmentContext = {
  documentId: CODE_ID,
  documentActId: CODE_ID,
  file: CODE_FILE,
  lexicon: buildLexicon(lines),
  hyphenPolicy: 'realUnlessAttested',
};
export const result = segmentCode(lines, ctx);

/** The provision of an eId; throws so a test names the missing node. */
export function node(eId: string) {
  const p = result.provisions.find((x) => x.eId === eId);
  if (!p) throw new Error(`no provision ${eId}`);
  return p;
}

export function childrenOf(eId: string) {
  const id = node(eId).id;
  return result.provisions.filter((p) => p.parentId === id).sort((a, b) => a.ordinal - b.ordinal);
}
