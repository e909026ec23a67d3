/**
 * The segmenter of the database export (docs/formats.md, docs/formats-adilet.md), markdown or the same text pasted bare: one pass over
 * its lines, each line one heading, paragraph or note. Layout: title and preamble → table of contents (if printed) →
 * body → signature. Output is the SegmentResult the code segmenter gives, so the amendments and citations stages
 * read both formats alike; notes carry the export's format (they stand after the unit they concern).
 *
 * Total: a line no rule reads is a paragraph of the unit it stands in (with a warning outside any article); only an
 * empty text throws.
 */
import { provisionId, type EditorialNote, type Provision, type ProvisionType } from '../../../model/index.ts';
import { IngestError } from '../../errors.ts';
import { joinLines, type SourceLine } from '../../normalize.ts';
import type { AmendmentNote } from '../../stages.ts';
import { bodyOutput } from '../code/index.ts';
import type { SegmentContext } from '../code/context.ts';
import { editorialNote } from '../code/notes.ts';
import { checkToc } from '../code/toc.ts';
import { emptyPlace, placedUnit, type DraftNode } from '../draft.ts';
import { dropPrefix } from '../lines.ts';
import { DraftTreeBuilder, type Labelled } from '../tree-builder.ts';
import type { SegmentResult, Segmenter } from '../types.ts';
import { exportWords, type ExportWords } from './language.ts';
import { readLine, type ExportLine, type ReadLine } from './lines.ts';
import { findExportToc } from './toc.ts';

const REPEALABLE: ReadonlySet<ProvisionType> = new Set(['article', 'part', 'subparagraph']);

/** The format table's segmenter of database exports (index.ts SEGMENTERS). */
export const segmentAdilet: Segmenter = (lines, { document, lexicon }) =>
  segmentExport(
    lines,
    {
      documentId: document.id,
      documentActId: document.id,
      file: document.file,
      lexicon,
      hyphenPolicy: 'realUnlessAttested',
    },
    exportWords(document.language),
  );

/**
 * Segment an export's kaz.md or rus.md (or its text pasted bare), read with the words of its language (language.ts;
 * Kazakh when not given). Throws IngestError only on an empty text.
 */
export function segmentExport(lines: readonly SourceLine[], ctx: SegmentContext, words: ExportWords = exportWords('kk')): SegmentResult {
  const first = lines[0];
  if (!first) throw new IngestError('the text is empty', { file: ctx.file, line: 1 });
  const read = lines.map((line) => readLine(line, words));
  const toc = findExportToc(read, lines, ctx.file);
  const signatureAt = findSignature(read, words);
  const b = new ExportBuilder(ctx, words);
  for (let i = 0; i < signatureAt; i++) {
    if (toc && i >= toc.start && i < toc.end) continue;
    i = b.line(read, i, signatureAt);
  }
  b.signature(read.slice(signatureAt).map((r) => r.line));
  const { drafts, topLevel, anchors } = b;
  const out = bodyOutput({ drafts, topLevel }, ctx, 0);
  const provisions: Provision[] = out.provisions.map((p, i) => {
    const anchor = anchors.get(drafts[i] as DraftNode);
    return anchor ? { ...p, sourceAnchor: anchor } : p;
  });
  const diagnostics = [...b.diagnostics, ...(toc ? checkToc(toc, provisions) : [])];
  if (!provisions.some((p) => p.type === 'article')) {
    diagnostics.unshift({
      reason: 'no article heading (`N-бап.`) found: the text is kept as generic paragraphs',
      file: ctx.file,
      line: first.line,
      rule: 'no-structure',
      fatal: false,
    });
  }
  if (signatureAt === read.length) {
    const last = lines[lines.length - 1] ?? first;
    diagnostics.push({
      reason: `the text ends at line ${last.line} without the closing signature block: the file may be truncated`,
      file: ctx.file,
      line: last.line,
      rule: 'truncated',
      fatal: false,
    });
  }
  return { provisions, notes: b.notes, headerNotes: [], editorialNotes: b.editorialNotes, sites: out.sites, toc, diagnostics };
}

/** Index of the signature's first line (`Қазақстан Республикасының Президенті`, `Президент Республики Казахстан`), or the number of lines when there is none. */
function findSignature(read: readonly ReadLine[], words: ExportWords): number {
  for (let i = read.length - 1; i >= Math.max(0, read.length - 4); i--) if (words.signature.test(read[i]?.line.text ?? '')) return i;
  return read.length;
}

class ExportBuilder extends DraftTreeBuilder {
  readonly anchors = new Map<DraftNode, string>();
  readonly notes: AmendmentNote[] = [];
  readonly editorialNotes: EditorialNote[] = [];
  /** Indentation of each part and subparagraph's label line: deeper text belongs to it */
  private readonly indents = new Map<DraftNode, number>();
  /** The anchor waiting for the unit it stands before */
  private pendingAnchor: { id: string; line: SourceLine } | null = null;
  private titleTaken = false;

  constructor(
    private readonly ctx: SegmentContext,
    private readonly words: ExportWords,
  ) {
    super(ctx.file);
  }

  /** Read line `i`; returns the index of the last line it consumed. */
  line(read: readonly ReadLine[], i: number, end: number): number {
    const r = read[i] as ReadLine;
    const last = this.unit(read, i, end);
    // A footnote marker after the line's text stands at the unit the line opened or continued.
    if (r.marker) this.editorialNotes.push(editorialNote(this.ctx, 'other', [r.marker], this.at()));
    return last;
  }

  private unit(read: readonly ReadLine[], i: number, end: number): number {
    const r = read[i] as ReadLine;
    const { line, type } = r;
    switch (type.kind) {
      case 'anchor':
        this.danglingAnchor();
        this.pendingAnchor = { id: type.id, line };
        return i;
      case 'note': {
        // `16-бап.` then `Ескерту. 16-бап алып тасталды …`: the unit just opened is repealed, the note its repeal.
        const opened = this.current;
        const repealed =
          opened &&
          REPEALABLE.has(opened.type) &&
          opened.children.length === 0 &&
          opened.textLines.length === 0 &&
          this.words.repealNote.test(line.text);
        if (repealed) opened.status = 'repealed';
        this.note(line, repealed ? opened : null);
        return i;
      }
      case 'editorial':
        return this.editorial(read, i, end);
      case 'toc':
        // A table of contents the act repealed leaves its heading alone (APPC L1): not law text.
        this.editorialNotes.push(editorialNote(this.ctx, 'other', [line], this.at()));
        return i;
      case 'section':
      case 'chapter':
      case 'article':
        this.openHeading(type.kind, type.num, type.rest, line);
        return i;
      case 'placeholder':
        this.placeholder(type, line);
        return i;
      case 'part':
      case 'subparagraph': {
        const container = this.container(type.kind);
        if (!container) return (this.text(r), i);
        const d = this.label(type.kind, type.num, container, line);
        if (type.rest) d.textLines.push(dropPrefix(line, type.rest));
        return i;
      }
      case 'text':
        this.text(r);
        return i;
    }
  }

  private at(): string | null {
    return this.current ? provisionId(this.ctx.documentId, this.current.eId) : null;
  }

  /** An amendment note, after the unit it concerns; `replaces` is the unit it stands in place of. */
  private note(line: SourceLine, replaces: DraftNode | null): void {
    const at = replaces ?? this.current;
    this.notes.push({
      documentId: this.ctx.documentId,
      documentActId: this.ctx.documentActId,
      note: joinLines([line], this.ctx.file),
      place: (replaces ?? this.current)?.place ?? emptyPlace(),
      next: null,
      replaces: replaces ? placedUnit(replaces) : null,
      previous: !replaces && at ? placedUnit(at) : null,
      format: 'adilet',
      ...(this.words.language === 'ru' ? { language: 'ru' } : {}),
    });
  }

  /**
   * `Ескертпе!` (`Примечание!`) and the italic lines that follow it (`*ҚР Конституциялық Сотының … қараңыз.*`), or the
   * plain line saying a change to a unit is to come (`2) тармақшаға өзгерту енгізу көзделген …`, whatever it opens
   * with): one editorial note.
   */
  private editorial(read: readonly ReadLine[], i: number, end: number): number {
    let j = i;
    const belongs = (next: ReadLine | undefined): boolean =>
      next !== undefined &&
      (this.words.changeEnvisaged.test(next.line.text) ||
        (next.type.kind === 'text' && (next.marked || this.words.see.test(next.line.text))));
    while (j + 1 < end && belongs(read[j + 1])) j++;
    const kind = this.words.see.test(read[j]?.line.text ?? '') ? 'see' : 'other';
    this.editorialNotes.push(
      editorialNote(
        this.ctx,
        kind,
        read.slice(i, j + 1).map((r) => r.line),
        this.at(),
      ),
    );
    return j;
  }

  /**
   * A unit printed as a note in place of its text: it exists with that status (repealed, or pending until it comes
   * into force), no text, and the note (its repeal, or its commencement) stands in its place.
   */
  private placeholder({ status, unit, num, rest }: Extract<ExportLine, { kind: 'placeholder' }>, line: SourceLine): void {
    let d: DraftNode;
    if (unit === 'article') d = this.openHeading('article', num, '', line);
    else {
      const container = this.container(unit);
      if (!container) return this.note(dropPrefix(line, rest), null);
      d = this.label(unit, num, container, line);
    }
    d.status = status;
    this.note(dropPrefix(line, rest), d);
  }

  /** Where a part or subparagraph goes: its article, or for a subparagraph the part (or article) it follows; null outside any article. */
  private container(type: Labelled): DraftNode | null {
    for (let c = this.current; c; c = c.parent) {
      if (c.type === 'article') return c;
      if (type === 'subparagraph' && c.type === 'part') return c;
    }
    return null;
  }

  private label(type: Labelled, num: string, container: DraftNode, line: SourceLine): DraftNode {
    const d = this.openLabel(type, num, container, line);
    this.indents.set(d, line.indent);
    return d;
  }

  /** A paragraph (абзац): of the subparagraph it is indented under, else of the part or article it stands in. */
  private text(r: ReadLine): void {
    const { line } = r;
    // `16-бап. …` then `*Алып тасталды - ҚР … Заңымен.*`: the unit just opened is repealed, the line is its repeal note.
    const opened = this.current;
    if (
      this.words.repealed.test(line.text) &&
      opened &&
      REPEALABLE.has(opened.type) &&
      opened.children.length === 0 &&
      opened.textLines.length === 0
    ) {
      opened.status = 'repealed';
      return this.note(line, opened);
    }
    // The first line of the text, before any unit, is the act's title (`# …` in markdown, a bare line when pasted).
    if (!this.titleTaken && this.drafts.length === 0) {
      this.titleTaken = true;
      const d = this.create('preface', null, null, line, 'preface');
      d.textLines.push(line);
      this.current = null;
      return;
    }
    let container = this.current;
    while (container && (container.type === 'paragraph' || container.type === 'preface' || container.type === 'signature'))
      container = container.parent;
    while (container?.type === 'subparagraph' && !(line.indent > (this.indents.get(container) ?? 0))) container = container.parent;
    if (container && container.type !== 'article' && container.type !== 'part' && container.type !== 'subparagraph') {
      this.warn(`text outside any article: "${line.text.slice(0, 40)}" kept as a paragraph`, line, 'text-outside-article');
    }
    this.openParagraph(container, line);
  }

  /** A unit (not a paragraph) takes the anchor that stood before it. */
  protected created(d: DraftNode): void {
    if (this.pendingAnchor !== null && d.type !== 'paragraph') {
      this.anchors.set(d, this.pendingAnchor.id);
      this.pendingAnchor = null;
    }
  }

  /** An anchor followed by no unit (another anchor, or the end of the text) is kept as an editorial note, with a warning. */
  private danglingAnchor(): void {
    const anchor = this.pendingAnchor;
    if (!anchor) return;
    this.pendingAnchor = null;
    this.editorialNotes.push(editorialNote(this.ctx, 'other', [anchor.line], this.at()));
    this.warn(`anchor \`${anchor.id}\` stands before no unit: kept as an editorial note`, anchor.line, 'anchor-without-unit');
  }

  signature(lines: readonly SourceLine[]): void {
    this.danglingAnchor();
    this.openSignature(lines);
  }
}
