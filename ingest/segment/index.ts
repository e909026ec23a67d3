/**
 * The code segmenter: SourceLines of a code → provisions, amendment notes, header notes,
 * editorial notes, citation sites, the skipped table of contents, and diagnostics.
 * Layout: header (title block and header notes) → table of contents → body → signature.
 */
import type { Diagnostic, Provision } from '../../graph/model.ts';
import { IngestError } from '../errors.ts';
import type { SourceLine } from '../normalize.ts';
import type { SegmentContext, SegmentResult } from './context.ts';
import { citationSite, toProvision } from './draft.ts';
import { segmentHeader } from './header.ts';
import { classifyLine } from './lines.ts';
import { compareToc, findToc, type TocUnits } from './toc.ts';
import { segmentBody } from './tree.ts';

export type { SegmentContext, SegmentResult } from './context.ts';
export type { TableOfContents } from './toc.ts';

/**
 * Segment a code. Total on any text that has at least one article heading: what the grammar
 * does not understand becomes a paragraph and a warning. Throws IngestError on an empty text
 * or one with no article (`N-бап.`) at all.
 */
export function segmentCode(lines: readonly SourceLine[], ctx: SegmentContext): SegmentResult {
  const first = lines[0];
  if (!first) throw new IngestError('the text is empty', { file: ctx.file, line: 1 });
  const classes = lines.map((l) => classifyLine(l.text));
  if (!classes.some((c) => c.kind === 'article')) {
    throw new IngestError('no article heading (`N-бап.`) found: this is not the text of a code', { file: ctx.file, line: first.line, lineText: first.text });
  }
  const toc = findToc(lines, classes, ctx.file);
  const bodyStart = toc ? toc.end : classes.findIndex((c) => c.kind === 'section' || c.kind === 'chapter' || c.kind === 'article');
  const headerEnd = toc ? toc.start : bodyStart;

  const { preface, headerNotes, editorialNotes } = segmentHeader(lines.slice(0, headerEnd), ctx);
  const body = segmentBody(lines.slice(bodyStart), classes.slice(bodyStart), ctx);

  const provisions: Provision[] = preface ? [preface] : [];
  const shift = provisions.length;
  for (const d of body.drafts) {
    const ordinal = (d.parent ? d.parent.children : body.topLevel).indexOf(d) + (d.parent ? 0 : shift);
    provisions.push(toProvision(d, ctx, ordinal));
  }

  const diagnostics: Diagnostic[] = [...body.diagnostics];
  if (toc) {
    const units: TocUnits = { sections: [], chapters: [], articles: [] };
    const lineOf = new Map<string, number>();
    for (const p of provisions) {
      const key = p.type === 'section' ? 'sections' : p.type === 'chapter' ? 'chapters' : p.type === 'article' ? 'articles' : null;
      if (!key || p.num === null) continue;
      units[key].push(p.num);
      lineOf.set(`${key}:${p.num}`, p.source.startLine);
    }
    diagnostics.push(...compareToc(toc, units, (key, num) => lineOf.get(`${key}:${num}`) ?? toc.source.endLine));
  }

  return {
    provisions,
    notes: body.notes,
    headerNotes,
    editorialNotes: [...editorialNotes, ...body.editorialNotes],
    sites: body.drafts.flatMap((d) => citationSite(d, ctx) ?? []),
    toc,
    diagnostics,
  };
}
