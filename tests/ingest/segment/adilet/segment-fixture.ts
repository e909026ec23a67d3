/** The shared exports, normalized and segmented once for the export segmenter's tests. */
import { readFileSync } from 'node:fs';
import type { Provision } from '../../../../model/index.ts';
import { segmentExport } from '../../../../ingest/segment/adilet/index.ts';
import { exportWords } from '../../../../ingest/segment/adilet/language.ts';
import { normalizeLines, type SourceLine } from '../../../../ingest/normalize.ts';
import type { SegmentResult } from '../../../../ingest/segment/index.ts';
import { adiletPath } from '../../../shared-dir.ts';

export interface Segmented {
  file: string;
  raw: string;
  lines: SourceLine[];
  result: SegmentResult;
  /** The provision of an eId; throws so a test names the missing node */
  node(eId: string): Provision;
  childrenOf(eId: string): Provision[];
  ofType(type: Provision['type']): Provision[];
}

export function segmentText(raw: string, file: string, documentId = '/akn/kz/act/law/test/1', language = 'kk'): Segmented {
  const lines = normalizeLines(raw);
  const result = segmentExport(lines, { documentId, documentActId: documentId, file }, exportWords(language));
  const node = (eId: string) => {
    const p = result.provisions.find((x) => x.eId === eId);
    if (!p) throw new Error(`no provision ${eId}`);
    return p;
  };
  return {
    file,
    raw,
    lines,
    result,
    node,
    childrenOf: (eId) => result.provisions.filter((p) => p.parentId === node(eId).id).sort((a, b) => a.ordinal - b.ordinal),
    ofType: (type) => result.provisions.filter((p) => p.type === type),
  };
}

const cache = new Map<string, Segmented>();
/** A shared export by its folder and version: `exported('law-2021-animals/2025-01-01')`; its Russian text with `ru`. */
export function exported(version: string, language: 'kk' | 'ru' = 'kk'): Segmented {
  const file = `${version}/${language === 'ru' ? 'rus' : 'kaz'}.md`;
  let s = cache.get(file);
  if (!s) {
    const raw = readFileSync(adiletPath(file), 'utf8');
    cache.set(file, (s = segmentText(raw, file, undefined, language)));
  }
  return s;
}

/** The same text pasted bare: no heading marks, emphasis, block quotes, escapes or anchors (as copied from a web page). */
export function bare(raw: string): string {
  return raw
    .split('\n')
    .map((l) =>
      /^<a (?:id|name)=/.test(l)
        ? ''
        : l
            .replace(/^(\s*)> /, '$1')
            .replace(/^(\s*)#+ /, '$1')
            .replace(/^(\s*)\*{1,2}(.*?)\*{1,2}$/, '$1$2')
            .replace(/^(\s*\d+)\\\./, '$1.'),
    )
    .join('\n');
}
