/**
 * The tree builder shared by the segmenters of policy papers, articles and textbooks: drafts
 * (draft.ts) collect their heading and text lines as the parser meets them, and become Provisions
 * (with AKN eIds, provenance spanning their subtree's lines, and joined text) at the end.
 */
import {
  type Diagnostic,
  type EditorialNote,
  type EditorialNoteKind,
  type Provision,
  type ProvisionType,
  AKN_ALIAS,
  childEId,
  cleanNum,
  eIdComponent,
  provisionId,
  noteId,
} from '../../model/index.ts';
import { joinLines, spanOf, type JoinedText, type SourceLine } from '../normalize.ts';
import { dropPrefix } from './lines.ts';
import type { CitationSite } from '../stages.ts';
import { childPlace, createDraft, type DraftNode } from './draft.ts';
import type { SegmentInput, SegmentResult } from './types.ts';

export type Field = 'heading' | 'text';

/** A line with its printed label (`1. `, `• `, `ІІ. `) cut off; indent grows so offsets still point into the raw line. */
export function stripLabel(line: SourceLine, length: number): SourceLine {
  return dropPrefix(line, line.text.slice(length).trimStart());
}

/** eIds of counted (unnumbered) nodes of a type, `…__subpara_3`, one regex per type rather than one per node added. */
const COUNTED_EIDS = new Map<ProvisionType, RegExp>();
function countedEId(type: ProvisionType): RegExp {
  let re = COUNTED_EIDS.get(type);
  if (!re) COUNTED_EIDS.set(type, (re = new RegExp(`(^|__)${AKN_ALIAS[type]}_\\d+(-dup\\d+)?$`)));
  return re;
}

export class DocTree {
  readonly roots: DraftNode[] = [];
  readonly notes: EditorialNote[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly eIds = new Set<string>();

  constructor(readonly ctx: SegmentInput) {}

  /**
   * Add a node under `parent`. Its eId component is `component` when given (`abstract_kk`),
   * else built from the type and number (`para_3`), else counted among the parent's
   * unnumbered children of the same type (`item_2`); an unnumbered paragraph after a parent's
   * own text is counted from 2, as the law counts абзацы (model/akn.ts codeEId).
   */
  add(
    parent: DraftNode | null,
    type: ProvisionType,
    printedNum: string | null,
    options: { component?: string; line?: number; language?: string | null } = {},
  ): DraftNode {
    const num = printedNum === null ? null : cleanNum(printedNum);
    const siblings = parent ? parent.children : this.roots;
    let component = options.component ?? (num !== null && num !== '' ? eIdComponent(type, num) : null);
    if (component === null) {
      const counted = countedEId(type);
      const before = siblings.filter((s) => s.type === type && s.num === null && counted.test(s.eId)).length;
      const ownText = type === 'paragraph' && parent !== null && parent.textLines.length > 0 ? 1 : 0;
      component = `${AKN_ALIAS[type]}_${before + 1 + ownText}`;
    }
    let eId = childEId(parent?.eId ?? null, component);
    if (this.eIds.has(eId)) {
      let n = 2;
      while (this.eIds.has(`${eId}-dup${n}`)) n += 1;
      this.diagnose(
        options.line ?? 0,
        'duplicateEId',
        `the number ${num ?? component} is used twice here; the second node is ${eId}-dup${n}`,
      );
      eId = `${eId}-dup${n}`;
    }
    this.eIds.add(eId);
    const node = createDraft({
      type,
      num,
      eId,
      parent,
      place: childPlace(parent, type, num),
      language: options.language ?? parent?.language ?? null,
    });
    siblings.push(node);
    return node;
  }

  /** Move a node under another parent (keeping its eId component), e.g. a footnote under the paragraph that refers to it. */
  move(node: DraftNode, parent: DraftNode): void {
    const from = node.parent ? node.parent.children : this.roots;
    from.splice(from.indexOf(node), 1);
    this.eIds.delete(node.eId);
    const component = node.eId.split('__').pop() ?? node.eId;
    node.movedFrom = node.parent;
    node.parent = parent;
    node.eId = childEId(parent.eId, component);
    node.place = { ...parent.place };
    parent.children.push(node);
    this.eIds.add(node.eId);
  }

  note(kind: EditorialNoteKind, lines: SourceLine[], at: DraftNode | null): void {
    const first = lines[0];
    if (!first) return;
    this.notes.push({
      id: noteId(this.ctx.document.id, first.line),
      documentId: this.ctx.document.id,
      provisionId: at ? provisionId(this.ctx.document.id, at.eId) : null,
      kind,
      text: lines.map((l) => l.text).join('\n'),
      source: spanOf(lines, this.ctx.document.file),
    });
  }

  diagnose(line: number, rule: string, reason: string, fatal = false): void {
    this.diagnostics.push({ reason, file: this.ctx.document.file, line, rule, fatal });
  }

  /** Every node in document order, a parent before its children; footnotes after their new parent's other children. */
  private ordered(): DraftNode[] {
    const out: DraftNode[] = [];
    const walk = (nodes: DraftNode[]) => {
      for (const n of nodes) {
        out.push(n);
        walk(n.children);
      }
    };
    walk(this.roots);
    return out;
  }

  private join(lines: SourceLine[]): JoinedText | null {
    return lines.length ? joinLines(lines, this.ctx.document.file, this.ctx.lexicon, 'softUnlessAttested') : null;
  }

  /** The node's own lines and those of its descendants that were not moved in from elsewhere. */
  private spanLines(node: DraftNode): SourceLine[] {
    const own = [...node.headingLines, ...node.textLines];
    for (const c of node.children) if (c.movedFrom === undefined) own.push(...this.spanLines(c));
    return own;
  }

  finish(): SegmentResult {
    const provisions: Provision[] = [];
    const sites: CitationSite[] = [];
    const documentId = this.ctx.document.id;
    for (const node of this.ordered()) {
      const lines = this.spanLines(node).sort((a, b) => a.line - b.line);
      if (!lines.length) {
        // Cannot happen with the segmenters here (every node opens with a line); kept total all the same.
        this.diagnose(1, 'emptyNode', `${node.eId} has no text and is left out`);
        continue;
      }
      const heading = this.join(node.headingLines);
      const text = this.join(node.textLines);
      const siblings = node.parent ? node.parent.children : this.roots;
      const id = provisionId(documentId, node.eId);
      const span = spanOf(lines, this.ctx.document.file);
      span.endOffset = Math.max(...lines.map((l) => l.endOffset));
      provisions.push({
        id,
        eId: node.eId,
        documentId,
        parentId: node.parent ? provisionId(documentId, node.parent.eId) : null,
        ordinal: siblings.indexOf(node),
        type: node.type,
        num: node.num,
        heading: heading?.text ?? null,
        text: text?.text ?? '',
        status: 'inForce',
        source: span,
        language: node.language,
      });
      // These texts quote and discuss acts: references that do not name their act take it from the text before them.
      if (text)
        sites.push({
          documentId,
          documentActId: documentId,
          provisionId: id,
          type: node.type,
          place: node.place,
          text,
          actsFromContext: true,
        });
    }
    // These texts carry no amendment notes and no table of contents.
    return { provisions, notes: [], headerNotes: [], editorialNotes: this.notes, sites, toc: null, diagnostics: this.diagnostics };
  }
}
