/**
 * The code segmenter: SourceLines of a code → provisions, amendment notes, header notes,
 * editorial notes, citation sites, the skipped table of contents, and diagnostics.
 * Layout: header (title block and header notes) → table of contents → body → signature.
 */
import type { Diagnostic, Provision } from '../../../model/index.ts';
import { IngestError } from '../../errors.ts';
import type { SourceLine } from '../../normalize.ts';
import type { CitationSite } from '../../stages.ts';
import type { SegmentResult, Segmenter } from '../types.ts';
import type { SegmentContext } from './context.ts';
import type { DraftNode } from '../draft.ts';
import { citationSite, joinedText, toProvision } from './output.ts';
import { segmentHeader } from './header.ts';
import { endsClause } from '../lines.ts';
import { classifyLine, type LineClass } from './classify.ts';
import { checkToc, findToc } from './toc.ts';
import { segmentBody, type BodyResult } from './body.ts';

export type { SegmentContext } from './context.ts';

/** Codes and laws: typeset without word splitting, so line-end hyphens are real (normalize.ts HyphenPolicy). */
export const segmentLegislation: Segmenter = (lines, { document, lexicon }) =>
  segmentCode(lines, {
    documentId: document.id,
    documentActId: document.id,
    file: document.file,
    lexicon,
    hyphenPolicy: 'realUnlessAttested',
  });

/**
 * Segment a code. Total: what the grammar does not understand becomes a paragraph and a warning;
 * a text with no article heading (`N-бап.`) at all becomes generic paragraphs and one warning.
 * Throws IngestError only on an empty text.
 */
export function segmentCode(lines: readonly SourceLine[], ctx: SegmentContext): SegmentResult {
  const first = lines[0];
  if (!first) throw new IngestError('the text is empty', { file: ctx.file, line: 1 });
  const classes = lines.map((l) => classifyLine(l.text));
  if (!classes.some((c) => c.kind === 'article')) return unstructured(lines, classes, ctx, first);
  const toc = findToc(lines, classes, ctx.file);
  const bodyStart = toc ? toc.end : classes.findIndex((c) => c.kind === 'section' || c.kind === 'chapter' || c.kind === 'article');
  const headerEnd = toc ? toc.start : bodyStart;

  const { preface, headerNotes, editorialNotes } = segmentHeader(lines.slice(0, headerEnd), ctx);
  const body = segmentBody(lines.slice(bodyStart), classes.slice(bodyStart), ctx);

  const out = bodyOutput(body, ctx, preface ? 1 : 0);
  const provisions: Provision[] = preface ? [preface, ...out.provisions] : out.provisions;

  const diagnostics: Diagnostic[] = [...body.diagnostics];
  if (toc) diagnostics.push(...checkToc(toc, provisions));

  const last = lines[lines.length - 1] ?? first;
  if (!provisions.some((p) => p.type === 'signature')) {
    const midSentence = endsClause(last.text) ? '' : ` in mid-sentence ("…${last.text.slice(-40)}")`;
    diagnostics.push({
      reason: `the text ends at line ${last.line}${midSentence} without the closing signature block: the file may be truncated`,
      file: ctx.file,
      line: last.line,
      rule: 'truncated',
      fatal: false,
    });
  }

  return {
    provisions,
    notes: body.notes,
    headerNotes,
    editorialNotes: [...editorialNotes, ...body.editorialNotes],
    sites: out.sites,
    toc,
    diagnostics,
  };
}

/** A text without articles: its lines become paragraphs (notes and URLs still set aside), with one warning. */
function unstructured(lines: readonly SourceLine[], classes: readonly LineClass[], ctx: SegmentContext, first: SourceLine): SegmentResult {
  const body = segmentBody(lines, classes, ctx, false);
  const { provisions, sites } = bodyOutput(body, ctx, 0);
  const warning: Diagnostic = {
    reason: `no article heading (\`N-бап.\`) found: the text is not structured as a code and is kept as ${provisions.length} generic nodes`,
    file: ctx.file,
    line: first.line,
    rule: 'no-structure',
    fatal: false,
  };
  return {
    provisions,
    notes: body.notes,
    headerNotes: [],
    editorialNotes: body.editorialNotes,
    sites,
    toc: null,
    diagnostics: [warning, ...body.diagnostics],
  };
}

/**
 * The body's provisions and citation sites, in document order, each draft's text joined once for both.
 * A node's ordinal is its place among its siblings; top-level ordinals count after the `before` nodes ahead of the body.
 */
export function bodyOutput(
  body: Pick<BodyResult, 'drafts' | 'topLevel'>,
  ctx: SegmentContext,
  before: number,
): { provisions: Provision[]; sites: CitationSite[] } {
  const ordinals = new Map<DraftNode, number>();
  for (const siblings of [body.topLevel, ...body.drafts.map((d) => d.children)]) siblings.forEach((d, i) => ordinals.set(d, i));
  const provisions: Provision[] = [];
  const sites: CitationSite[] = [];
  for (const d of body.drafts) {
    const text = joinedText(d, ctx);
    provisions.push(toProvision(d, ctx, (ordinals.get(d) ?? 0) + (d.parent ? 0 : before), text));
    const site = citationSite(d, ctx, text);
    if (site) sites.push(site);
  }
  return { provisions, sites };
}
