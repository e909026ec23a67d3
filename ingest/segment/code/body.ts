/**
 * The body grammar of a code, in one pass over its lines: headings open sections, chapters
 * and articles; labels open parts and subparagraphs; other lines continue the open node's
 * text or start an unnumbered paragraph. Notes, URLs and "see" notes are set aside.
 *
 * Context decides what a line's shape alone cannot:
 * - a label is believed only if it is not a wrapped reference (`3) тармақшаларында`) and either
 *   the previous own line ended a clause or its number fits the sequence;
 * - an article heading continues over lines that follow a blank line; its last line is glued
 *   to the first body line (docs/formats.md C3), so a line without a blank before it ends the heading;
 * - a paragraph break is guessed from the previous line: it ends with `:`, or it ends a sentence or
 *   clause and the next line's first word would have fitted on it (so the line was not full).
 */
import { type Diagnostic, type EditorialNote, provisionId } from '../../../model/index.ts';
import type { SourceLine } from '../../normalize.ts';
import type { SegmentContext } from './context.ts';
import { childrenOfType, emptyPlace, lastText, placedUnit, type DraftNode } from '../draft.ts';
import { dropPrefix, endsClause, startsLower } from '../lines.ts';
import { DraftTreeBuilder, type Headed, type Labelled } from '../tree-builder.ts';
import type { LineClass } from './classify.ts';
import { editorialNote, NoteCollector } from './notes.ts';
import { fitsAfter } from './sequence.ts';
import type { AmendmentNote } from '../../stages.ts';

/** Which share of wrapped lines are at most as long as the text width we estimate. */
const WIDTH_PERCENTILE = 0.9;
/** `қараңыз` = "see": the last word of an editorial reference note. */
const SEE_NOTE_END = /қараңыз\s*$/u;
/** How many lines a "see" note may span (the longest in the code has four). */
const SEE_NOTE_MAX_LINES = 8;
/** The signature block: `Қазақстан Республикасының` / `Президенті` (President of the Republic of Kazakhstan). */
const SIGNATURE_START = ['Қазақстан Республикасының', 'Президенті'] as const;

export interface BodyResult {
  /** In document order, a parent before its children */
  drafts: DraftNode[];
  topLevel: DraftNode[];
  notes: AmendmentNote[];
  editorialNotes: EditorialNote[];
  diagnostics: Diagnostic[];
}

/**
 * `classes[i]` is `classifyLine(lines[i].text)`. `structured: false` is for a text without any
 * article: its paragraphs are all outside articles, which the caller reports once.
 */
export function segmentBody(
  lines: readonly SourceLine[],
  classes: readonly LineClass[],
  ctx: SegmentContext,
  structured = true,
): BodyResult {
  const b = new BodyBuilder(ctx, textWidth(lines, classes), structured);
  const signatureAt = findSignature(lines);
  for (let i = 0; i < signatureAt; i++) {
    const seeEnd = b.seeNoteEnd(lines, classes, i, signatureAt);
    if (seeEnd !== null) {
      b.editorial('see', lines.slice(i, seeEnd + 1));
      i = seeEnd;
      continue;
    }
    b.line(lines[i] as SourceLine, classes[i] as LineClass, lines[i - 1] ?? null);
  }
  b.finish(lines.slice(signatureAt));
  return b.result();
}

/** The width (in characters) lines wrap at: most lines that end mid-sentence are full lines. */
function textWidth(lines: readonly SourceLine[], classes: readonly LineClass[]): number {
  const wrapped = lines.filter((l, i) => classes[i]?.kind === 'text' && !endsClause(l.text)).map((l) => l.text.length);
  wrapped.sort((a, b) => a - b);
  return wrapped[Math.floor(wrapped.length * WIDTH_PERCENTILE)] ?? Number.POSITIVE_INFINITY;
}

function findSignature(lines: readonly SourceLine[]): number {
  for (let i = lines.length - 2; i >= 0; i--) {
    if (lines[i]?.text === SIGNATURE_START[0] && lines[i + 1]?.text === SIGNATURE_START[1]) return i;
  }
  return lines.length;
}

class BodyBuilder extends DraftTreeBuilder {
  private readonly editorialNotes: EditorialNote[] = [];
  private readonly notes: NoteCollector;
  /** The node whose heading is still being continued */
  private headingOpen: DraftNode | null = null;
  /** The last line of provision text (URLs and notes do not count), for clause decisions */
  private lastOwn: SourceLine | null = null;
  /** True right after a heading or a note: the next text line starts a new unit */
  private boundary = true;
  private urlRun: SourceLine[] = [];

  constructor(
    private readonly ctx: SegmentContext,
    private readonly width: number,
    private readonly structured: boolean,
  ) {
    super(ctx.file);
    this.notes = new NoteCollector(ctx);
  }

  /** If a `«…» … қараңыз` "see" note starts at line i, the index of its last line. */
  seeNoteEnd(lines: readonly SourceLine[], classes: readonly LineClass[], i: number, end: number): number | null {
    const first = lines[i];
    if (!first?.text.startsWith('«') || this.notes.isOpen || this.headingOpen) return null;
    if (!this.boundary && !endsClause(this.lastOwn?.text ?? '')) return null;
    for (let j = i; j < Math.min(end, i + SEE_NOTE_MAX_LINES); j++) {
      if (classes[j]?.kind !== 'text') return null;
      if (SEE_NOTE_END.test(lines[j]?.text ?? '')) return j;
    }
    return null;
  }

  editorial(kind: 'see' | 'link', lines: readonly SourceLine[]): void {
    if (kind === 'see') this.flushUrls();
    const at = this.current ? provisionId(this.ctx.documentId, this.current.eId) : null;
    this.editorialNotes.push(editorialNote(this.ctx, kind, lines, at));
  }

  line(line: SourceLine, c: LineClass, previous: SourceLine | null): void {
    if (c.kind === 'url') {
      this.urlRun.push(line);
      return;
    }
    this.flushUrls();
    if (this.notes.isOpen) {
      if (c.kind === 'text' || ('referenceLike' in c && c.referenceLike)) return this.notes.extend(line);
      this.notes.close();
    }
    if (this.headingOpen) {
      if (c.kind === 'text' && this.continuesHeading(this.headingOpen, line, previous)) {
        this.headingOpen.headingLines.push(line);
        this.headingOpen.lastLine = line;
        return;
      }
      this.headingOpen = null;
    }
    switch (c.kind) {
      case 'note':
        return this.note(line, c);
      case 'section':
      case 'chapter':
      case 'article':
        return this.heading(c.kind, c.num, c.rest, line);
      case 'part':
      case 'subparagraph': {
        const container = this.acceptLabel(c.kind, c.num, c.referenceLike, line);
        if (container) this.label(c.kind, c.num, c.rest, line, container);
        else this.text(line);
        return;
      }
      case 'text':
        return this.text(line);
    }
  }

  private continuesHeading(d: DraftNode, line: SourceLine, previous: SourceLine | null): boolean {
    // Section and chapter titles run until the next structure; an article title only over blank-separated lines.
    if (d.type !== 'article') return true;
    return previous !== null && line.line - previous.line >= 2;
  }

  private note(line: SourceLine, c: Extract<LineClass, { kind: 'note' }>): void {
    // A repealed unit's label (`12) 2025.17.12. …`) opens the unit; without an article to hold it the label stays in the note.
    const container = c.label ? this.labelContainer(c.label.kind, c.label.num) : null;
    if (c.label && container) {
      const replaced = this.label(c.label.kind, c.label.num, '', line, container);
      replaced.status = 'repealed';
      this.notes.start(dropPrefix(line, c.rest), placedUnit(replaced), container.place);
    } else {
      this.notes.start(line, null, null);
    }
    this.boundary = true;
  }

  private heading(type: Headed, num: string, rest: string, line: SourceLine): void {
    this.headingOpen = this.openHeading(type, num, rest, line);
    this.boundary = true;
  }

  /** The container of a label line if it is believed as a label; null if it is read as text. */
  private acceptLabel(type: Labelled, num: string, referenceLike: boolean, line: SourceLine): DraftNode | null {
    const container = referenceLike ? null : this.labelContainer(type, num);
    if (!container) return null;
    if (this.boundary || endsClause(this.lastOwn?.text ?? '')) return container;
    if (fitsAfter(childrenOfType(container, type).at(-1)?.num ?? null, num)) return container;
    this.warn(
      `"${line.text.slice(0, 40)}" is read as wrapped text: the previous line does not end a clause and ${num} does not continue the ${type} sequence`,
      line,
      'doubtful-label',
    );
    return null;
  }

  /** The node a part or subparagraph label goes under, or null when no article is open. */
  private labelContainer(type: Labelled, num: string): DraftNode | null {
    if (type === 'part') return this.ancestor('article');
    let c = this.current;
    while (c && !(c.type === 'part' || c.type === 'article' || (c.type === 'paragraph' && childrenOfType(c, 'subparagraph').length > 0)))
      c = c.parent;
    if (!c) return null;
    // A second list in one part (docs/formats.md C9, 90-5-бап) hangs under the paragraph that introduces it.
    const intro = c.children.at(-1);
    if (num === '1' && childrenOfType(c, 'subparagraph').length > 0 && intro?.type === 'paragraph' && lastText(intro).endsWith(':'))
      return intro;
    return c;
  }

  /** Open a part or subparagraph in its container, with the text after its label. */
  private label(type: Labelled, num: string, rest: string, line: SourceLine, container: DraftNode): DraftNode {
    const d = this.openLabel(type, num, container, line);
    if (rest) {
      d.textLines.push(dropPrefix(line, rest));
      this.lastOwn = line;
    }
    this.boundary = !rest;
    return d;
  }

  private text(line: SourceLine): void {
    const target = this.current;
    const canContinue =
      target && target.status === 'inForce' && (target.type === 'part' || target.type === 'subparagraph' || target.type === 'paragraph');
    if (canContinue && (target.textLines.length === 0 || (!this.boundary && !this.endsParagraph(line)))) {
      target.textLines.push(line);
      target.lastLine = line;
    } else {
      const container = this.paragraphContainer(target, line);
      if (
        this.structured &&
        !(container && (container.type === 'article' || container.type === 'part' || container.type === 'subparagraph'))
      ) {
        this.warn(`text outside any article: "${line.text.slice(0, 40)}" kept as a paragraph`, line, 'text-outside-article');
      }
      this.openParagraph(container, line);
    }
    this.lastOwn = line;
    this.boundary = false;
  }

  private endsParagraph(next: SourceLine): boolean {
    const last = this.lastOwn?.text ?? '';
    if (!endsClause(last)) return false;
    const firstWord = next.text.split(' ', 1)[0] ?? '';
    return last.endsWith(':') || last.length + 1 + firstWord.length <= this.width;
  }

  /** Where a new unnumbered paragraph goes: list items stay in their subparagraph, other text goes to the part or article. */
  private paragraphContainer(target: DraftNode | null, line: SourceLine): DraftNode | null {
    let t = target && target.status === 'repealed' ? target.parent : target;
    while (t && t.type === 'paragraph') t = t.parent;
    if (t?.type === 'subparagraph' && !(startsLower(line.text) || (t.children.length === 0 && lastText(t).endsWith(':')))) {
      t = t.parent;
      while (t && t.type === 'paragraph') t = t.parent;
    }
    return t;
  }

  /** Notes waiting for the next unit stand before this one. */
  protected created(d: DraftNode, parent: DraftNode | null): void {
    this.notes.settle(placedUnit(d), parent?.place ?? emptyPlace());
  }

  private flushUrls(): void {
    if (this.urlRun.length === 0) return;
    const run = this.urlRun;
    this.urlRun = [];
    this.editorial('link', run);
  }

  /** End of the body: notes still waiting stand at its end (`next` null); then the signature block, if any. */
  finish(signature: readonly SourceLine[]): void {
    this.flushUrls();
    this.notes.settle(null, this.current?.place ?? emptyPlace());
    this.openSignature(signature);
  }

  result(): BodyResult {
    return {
      drafts: this.drafts,
      topLevel: this.topLevel,
      notes: this.notes.notes,
      editorialNotes: this.editorialNotes,
      diagnostics: this.diagnostics,
    };
  }
}
