/**
 * What the line-by-line segmenters (code/body.ts, adilet/index.ts) share while they grow a draft tree: unique eIds
 * (a duplicate becomes `-dupN` with a `duplicate-eid` warning naming both lines), each draft registered under its
 * parent in document order, the innermost open node and its ancestors, and the units both formats number alike
 * (headings, labels, абзац paragraphs, the signature block). Each format keeps its own reading of the lines and
 * hooks into `created` for what a new draft settles (a code's waiting notes, an export's pending anchor).
 */
import { childEId, eIdComponent, type Diagnostic, type ProvisionType } from '../../model/index.ts';
import type { SourceLine } from '../normalize.ts';
import { fitsAfter } from './code/sequence.ts';
import { childPlace, childrenOfType, createDraft, type DraftNode } from './draft.ts';
import { dropPrefix } from './lines.ts';

export type Headed = 'section' | 'chapter' | 'article';
export type Labelled = 'part' | 'subparagraph';

export abstract class DraftTreeBuilder {
  /** In document order, a parent before its children */
  readonly drafts: DraftNode[] = [];
  readonly topLevel: DraftNode[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** The innermost open node */
  protected current: DraftNode | null = null;
  /** eId → the line of the node that took it first, to name both places of a duplicate */
  private readonly usedEIds = new Map<string, number>();
  private readonly lastHeaded = new Map<Headed, string>();

  constructor(private readonly file: string) {}

  /** What a format does with each new draft, before it becomes the open node. */
  protected abstract created(d: DraftNode, parent: DraftNode | null): void;

  protected ancestor(type: ProvisionType): DraftNode | null {
    let c = this.current;
    while (c && c.type !== type) c = c.parent;
    return c;
  }

  /** A new draft under `parent` (top level when null), with `wantedEId` or, when taken, the first free `-dupN`; it becomes the open node. */
  protected create(type: ProvisionType, num: string | null, parent: DraftNode | null, line: SourceLine, wantedEId: string): DraftNode {
    let eId = wantedEId;
    for (let n = 2; this.usedEIds.has(eId); n++) eId = `${wantedEId}-dup${n}`;
    if (eId !== wantedEId) {
      this.warn(
        `eId ${wantedEId} is already taken by the node at line ${this.usedEIds.get(wantedEId) ?? '?'}: this ${type} at line ${line.line} is ${eId}`,
        line,
        'duplicate-eid',
      );
    }
    this.usedEIds.set(eId, line.line);
    const d = createDraft({ type, num, eId, parent, place: childPlace(parent, type, num), firstLine: line });
    (parent ? parent.children : this.topLevel).push(d);
    this.drafts.push(d);
    this.created(d, parent);
    this.current = d;
    return d;
  }

  /** A section, chapter or article heading: under the open chapter or section (an article without a chapter under its section), reporting a break in its numbering. */
  protected openHeading(type: Headed, num: string, rest: string, line: SourceLine): DraftNode {
    const parentType: ProvisionType | null = type === 'article' ? 'chapter' : type === 'chapter' ? 'section' : null;
    let parent = parentType ? this.ancestor(parentType) : null;
    if (type === 'article' && !parent) parent = this.ancestor('section');
    const last = this.lastHeaded.get(type) ?? null;
    if (!fitsAfter(last, num)) this.warn(`${type} ${num} follows ${type} ${last ?? '(none)'}: out of sequence`, line, 'sequence');
    this.lastHeaded.set(type, num);
    const d = this.create(type, num, parent, line, eIdComponent(type, num));
    if (rest) d.headingLines.push(dropPrefix(line, rest));
    return d;
  }

  /** A part or subparagraph in its container, reporting a break in the numbering. */
  protected openLabel(type: Labelled, num: string, container: DraftNode, line: SourceLine): DraftNode {
    const prev = childrenOfType(container, type).at(-1)?.num ?? null;
    if (!fitsAfter(prev, num))
      this.warn(`${type} ${num} follows ${type} ${prev ?? '(none)'} in ${container.eId}: out of sequence`, line, 'sequence');
    return this.create(type, num, container, line, childEId(container.eId, eIdComponent(type, num)));
  }

  /** An unnumbered paragraph (абзац) of `container` holding `line`. */
  protected openParagraph(container: DraftNode | null, line: SourceLine): DraftNode {
    // абзац numbering: the container's own text, when it has any, is абзац 1 (model/akn.ts codeEId)
    const siblings = container ? container.children : this.topLevel;
    const n = siblings.filter((s) => s.type === 'paragraph').length + (container?.textLines.length ? 2 : 1);
    const d = this.create('paragraph', null, container, line, childEId(container?.eId ?? null, eIdComponent('paragraph', String(n))));
    d.textLines.push(line);
    return d;
  }

  /** The signature block after the body, if it has lines: one top-level node. */
  protected openSignature(lines: readonly SourceLine[]): void {
    const first = lines[0];
    if (!first) return;
    const d = this.create('signature', null, null, first, 'conclusions');
    d.textLines.push(...lines);
    d.lastLine = lines[lines.length - 1] ?? first;
  }

  protected warn(reason: string, line: SourceLine, rule: string): void {
    this.diagnostics.push({ reason, file: this.file, line: line.line, rule, fatal: false });
  }
}
