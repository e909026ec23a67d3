/**
 * The table of contents printed between the header and the body. It is not law text
 * (a 2021 amendment deleted it, yet the publisher still prints it), so it is skipped; but
 * the units it lists are checked against the body's, to catch units the body grammar missed.
 */
import type { Diagnostic, Provision, SourceSpan } from '../../../model/index.ts';
import { spanOf, type SourceLine } from '../../normalize.ts';
import { execAll } from '../../regex.ts';
import type { LineClass } from './classify.ts';

export interface TocUnits {
  sections: string[];
  chapters: string[];
  articles: string[];
}

export interface TableOfContents extends TocUnits {
  /** Index (into the SourceLines) of the TOC's first line, and one past its last */
  start: number;
  end: number;
  source: SourceSpan;
  /** Raw line where each unit is listed, keyed `${kind}:${num}` */
  lineOf: ReadonlyMap<string, number>;
}

// Units are matched anywhere in a TOC line: L132 holds `2-БӨЛІМ. … 7-тарау.` on one line.
const TOC_UNIT: ReadonlyArray<[keyof TocUnits, RegExp]> = [
  ['sections', /(?:^|\s)(\d+(?:-\d+)*)-БӨЛІМ\./gu], // бөлім = section
  ['chapters', /(?:^|\s)(\d+(?:-\d+)*)-тарау\./gu], // тарау = chapter
  ['articles', /(?:^|\s)(\d+(?:-\d+)*)-бап\./gu], // бап = article
];

/**
 * Find the TOC: it starts at the first heading, and the body starts where that heading is
 * printed again. With no repeat there is no TOC, and null is returned.
 */
export function findToc(lines: readonly SourceLine[], classes: readonly LineClass[], file: string): TableOfContents | null {
  const start = classes.findIndex((c) => c.kind === 'section' || c.kind === 'chapter' || c.kind === 'article');
  const first = classes[start];
  if (!first || !('num' in first)) return null;
  const end = classes.findIndex((c, i) => i > start && c.kind === first.kind && 'num' in c && c.num === first.num);
  if (end === -1) return null;
  const units: TocUnits = { sections: [], chapters: [], articles: [] };
  const lineOf = new Map<string, number>();
  for (const line of lines.slice(start, end)) {
    for (const [key, re] of TOC_UNIT) {
      for (const m of execAll(re, line.text)) {
        const num = m[1] ?? '';
        units[key].push(num);
        lineOf.set(`${key}:${num}`, line.line);
      }
    }
  }
  return { ...units, start, end, source: spanOf(lines.slice(start, end), file), lineOf };
}

/** One Diagnostic for every unit listed in the TOC but absent from the body, and the reverse. */
export function compareToc(toc: TableOfContents, body: TocUnits, bodyLine: (kind: keyof TocUnits, num: string) => number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const key of ['sections', 'chapters', 'articles'] as const) {
    const inToc = new Set(toc[key]);
    const inBody = new Set(body[key]);
    for (const num of inToc) {
      if (!inBody.has(num)) {
        out.push({
          reason: `${key.slice(0, -1)} ${num} is listed in the table of contents but not found in the body`,
          file: toc.source.file,
          line: toc.lineOf.get(`${key}:${num}`) ?? toc.source.startLine,
          rule: 'toc-mismatch',
          fatal: false,
        });
      }
    }
    for (const num of inBody) {
      if (!inToc.has(num)) {
        out.push({
          reason: `${key.slice(0, -1)} ${num} is in the body but not listed in the table of contents`,
          file: toc.source.file,
          line: bodyLine(key, num),
          rule: 'toc-mismatch',
          fatal: false,
        });
      }
    }
  }
  return out;
}

const KEYS = { section: 'sections', chapter: 'chapters', article: 'articles' } as const;

/** The table of contents checked against the provisions the body gave: compareToc over the body's units. */
export function checkToc(toc: TableOfContents, provisions: readonly Provision[]): Diagnostic[] {
  const body: TocUnits = { sections: [], chapters: [], articles: [] };
  const lineOf = new Map<string, number>();
  for (const p of provisions) {
    if (p.num === null || !(p.type === 'section' || p.type === 'chapter' || p.type === 'article')) continue;
    body[KEYS[p.type]].push(p.num);
    lineOf.set(`${KEYS[p.type]}:${p.num}`, p.source.startLine);
  }
  return compareToc(toc, body, (key, num) => lineOf.get(`${key}:${num}`) ?? toc.source.endLine);
}
