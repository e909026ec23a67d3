/**
 * The table of contents of an export (`Мазмұны`, "Contents", then the units it lists: `1-бап . Title`, with a space
 * before the dot): not law text, so it is kept out of the provisions, and the units it lists are checked against the
 * body's (checkToc). It runs from its heading (or from the first unit) to where that first unit is printed again, or to
 * the act's title (`# …`) when the list is printed before it (the languages law of 1997 opens so: list, title, preamble,
 * body), so that the title and preamble stay text. A heading with no list after it (a table the act repealed) is no table.
 */
import { spanOf, type SourceLine } from '../../normalize.ts';
import type { TableOfContents, TocUnits } from '../code/toc.ts';
import type { ReadLine } from './lines.ts';

const KEYS = { section: 'sections', chapter: 'chapters', article: 'articles' } as const;

export function findExportToc(read: readonly ReadLine[], lines: readonly SourceLine[], file: string): TableOfContents | null {
  const heading = read.findIndex((r) => r.type.kind === 'toc');
  const unitAt = (i: number) => {
    const t = read[i]?.type;
    return t && (t.kind === 'section' || t.kind === 'chapter' || t.kind === 'article') ? t : null;
  };
  const firstUnit = read.findIndex((_, i) => i > heading && unitAt(i) !== null);
  const first = unitAt(firstUnit);
  if (!first) return null;
  const end = read.findIndex(
    (r, i) => i > firstUnit && (r.heading === 1 || (unitAt(i)?.kind === first.kind && unitAt(i)?.num === first.num)),
  );
  if (end === -1) return null;
  const start = heading >= 0 && heading < firstUnit ? heading : firstUnit;
  const units: TocUnits = { sections: [], chapters: [], articles: [] };
  const lineOf = new Map<string, number>();
  for (let i = start; i < end; i++) {
    const t = unitAt(i);
    if (!t) continue;
    units[KEYS[t.kind]].push(t.num);
    lineOf.set(`${KEYS[t.kind]}:${t.num}`, read[i]?.line.line ?? 0);
  }
  return { ...units, start, end, source: spanOf(lines.slice(start, end), file), lineOf };
}
