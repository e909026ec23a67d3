/**
 * The lecture course (seed 004): a preface (`preface`), then topics `Тақырып № N.` (type `topic`,
 * eId `chp_N`), each with its plan (`chp_N__plan`, entries `item_K`), introduction (`chp_N__intro`),
 * numbered sections that repeat the plan (`chp_N__sec_K`), conclusion (`chp_N__conclusion`) and,
 * in two topics, a bibliography (`chp_N__bibliography`, entries `item_K`). Paragraphs are
 * `…__subpara_K`. Page numbers become page artefacts.
 */
import type { SourceLine } from '../normalize.ts';
import type { SegmentInput, SegmentResult } from './types.ts';
import { isPageNumber, paragraphBreak, startsLower, typesetWidth } from './lines.ts';
import { DocTree, stripLabel, type Field } from './document-tree.ts';
import type { DraftNode } from './draft.ts';

/** `Тақырып № 2.` / `ТАҚЫРЫП № 1.` / `Тақырып №11.`: topic N ("тақырып" = topic). */
const TOPIC = /^(?:Тақырып|ТАҚЫРЫП)\s*№\s*(\d+)\.?\s*/;
/** АЛҒЫ СӨЗ: foreword. */
const PREFACE = /^АЛҒЫ СӨЗ$/;
/** Жоспар: plan (of the topic). */
const PLAN = /^(?:Жоспар|ЖОСПАР):?$/;
/** Кіріспе: introduction. */
const INTRO = /^Кіріспе$/;
/** Қорытынды: conclusion. */
const CONCLUSION = /^Қорытынды\.?$/;
/** Пайдаланылған әдебиеттер (тізімі): list of literature used. */
const BIBLIOGRAPHY = /^Пайдаланылған әдебиеттер( тізімі)?$/;
const NUMBERED = /^(\d{1,2})\.\s*(?=\S)/;

const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}+/gu) ?? []);

/** A body heading repeats its plan entry, though the wording may differ (plan 2702, body 3536): most of its words are the entry's. */
function repeatsPlanEntry(candidate: string, entry: string | undefined): boolean {
  if (entry === undefined) return false;
  const own = [...words(candidate)];
  const plan = words(entry);
  return own.length > 0 && own.filter((w) => plan.has(w)).length / own.length >= 0.5;
}

/** The textbook's reading state: where the parser stands, shared by the line readers below. */
interface TextbookState {
  tree: DocTree;
  /** Typeset line width, for telling paragraph ends (lines.ts paragraphBreak) */
  width: number;
  topic: DraftNode | null;
  /** The topic's current part: its plan, introduction, a section, conclusion or bibliography */
  part: DraftNode | null;
  /** The current topic's plan while its entries are being read */
  plan: DraftNode | null;
  /** Numbered entries of the current topic's plan, by number */
  planEntries: Map<number, string>;
  lastSection: number;
  /** The node and field the last line went to */
  target: { node: DraftNode; field: Field } | null;
  previous: SourceLine | undefined;
}

export function segmentTextbook(lines: readonly SourceLine[], ctx: SegmentInput): SegmentResult {
  const tree = new DocTree(ctx);
  if (!lines.length) {
    tree.diagnose(1, 'emptyText', 'the text is empty', true);
    return tree.finish();
  }
  const state: TextbookState = {
    tree,
    width: typesetWidth(lines),
    topic: null,
    part: null,
    plan: null,
    planEntries: new Map(),
    lastSection: 0,
    target: null,
    previous: undefined,
  };
  for (const line of lines) readLine(state, line);
  checkPlans(tree);
  return tree.finish();
}

/** Put a line into a node's heading or text; the next wrapped line goes on there. */
function open(s: TextbookState, node: DraftNode, field: Field, line: SourceLine): void {
  node[field === 'heading' ? 'headingLines' : 'textLines'].push(line);
  s.target = { node, field };
  s.previous = line;
}

/** A part of the topic named by its heading line: introduction, conclusion, bibliography. */
function openPart(s: TextbookState, component: string, line: SourceLine): void {
  s.part = s.tree.add(s.topic, 'heading', null, { component, line: line.line });
  s.plan = null;
  open(s, s.part, 'heading', line);
}

function readLine(s: TextbookState, line: SourceLine): void {
  const { tree } = s;
  const t = line.text;
  if (isPageNumber(t)) {
    tree.note('pageArtefact', [line], s.target?.node ?? null);
    return;
  }
  if (PREFACE.test(t) && !s.topic) {
    s.part = tree.add(null, 'preface', null, { component: 'preface', line: line.line });
    open(s, s.part, 'heading', line);
    return;
  }
  const topicMatch = TOPIC.exec(t);
  if (topicMatch?.[1]) {
    s.topic = tree.add(null, 'topic', topicMatch[1], { line: line.line });
    s.part = null;
    s.plan = null;
    s.planEntries = new Map();
    s.lastSection = 0;
    open(s, s.topic, 'heading', stripLabel(line, topicMatch[0].length));
    return;
  }
  if (continuesWrapped(s, line)) return;
  if (s.topic && PLAN.test(t)) {
    s.plan = tree.add(s.topic, 'heading', null, { component: 'plan', line: line.line });
    s.part = s.plan;
    open(s, s.plan, 'heading', line);
    return;
  }
  if (s.plan && planEntry(s, s.plan, line)) return;
  if (s.topic && INTRO.test(t)) return openPart(s, 'intro', line);
  if (s.topic && CONCLUSION.test(t)) return openPart(s, 'conclusion', line);
  if (s.topic && BIBLIOGRAPHY.test(t)) return openPart(s, 'bibliography', line);
  if (s.topic && numberedLine(s, s.topic, line)) return;
  paragraphLine(s, line);
}

/** A heading or a plan entry wrapped over lines: the next line goes on in lower case. */
function continuesWrapped(s: TextbookState, line: SourceLine): boolean {
  const current = s.target;
  if (!current || !startsLower(line.text) || !(current.field === 'heading' || (s.plan !== null && current.node.parent === s.plan)))
    return false;
  open(s, current.node, current.field, line);
  const entry = Number(current.node.num);
  if (current.node.parent === s.plan && current.node.num !== null)
    s.planEntries.set(entry, `${s.planEntries.get(entry) ?? ''} ${line.text}`);
  return true;
}

/** A line of the plan: an entry, unless Кіріспе (introduction) ends the plan. */
function planEntry(s: TextbookState, plan: DraftNode, line: SourceLine): boolean {
  const entryCount = plan.children.length;
  if (INTRO.test(line.text) && entryCount > 0) return false;
  const num = NUMBERED.exec(line.text);
  // Entries are counted by position: the plan mixes numbered questions with Кіріспе and Қорытынды.
  const entry = s.tree.add(plan, 'item', null, { component: `item_${entryCount + 1}`, line: line.line });
  if (num?.[1]) {
    entry.num = num[1];
    s.planEntries.set(Number(num[1]), line.text.slice(num[0].length));
    open(s, entry, 'text', stripLabel(line, num[0].length));
  } else open(s, entry, 'text', line);
  return true;
}

/** A numbered line: a bibliography entry, or the next section when it repeats its plan entry; otherwise text. */
function numberedLine(s: TextbookState, topic: DraftNode, line: SourceLine): boolean {
  const num = NUMBERED.exec(line.text);
  if (!num?.[1]) return false;
  const n = Number(num[1]);
  if (s.part?.eId.endsWith('__bibliography')) {
    open(s, s.tree.add(s.part, 'item', num[1], { line: line.line }), 'text', stripLabel(line, num[0].length));
    return true;
  }
  if (n === s.lastSection + 1 && (s.planEntries.size === 0 || repeatsPlanEntry(line.text.slice(num[0].length), s.planEntries.get(n)))) {
    s.lastSection = n;
    s.part = s.tree.add(topic, 'section', num[1], { line: line.line });
    open(s, s.part, 'heading', stripLabel(line, num[0].length));
    return true;
  }
  return false;
}

/** Running text: a new paragraph after a heading, a plan entry or a paragraph break; else it goes on. */
function paragraphLine(s: TextbookState, line: SourceLine): void {
  const { tree } = s;
  const current = s.target;
  const home = s.part ?? s.topic;
  if (!home) {
    tree.diagnose(line.line, 'textOutsideStructure', 'text before the foreword or the first topic; kept as a paragraph of its own');
    open(s, tree.add(null, 'paragraph', null, { line: line.line }), 'text', line);
    return;
  }
  if (!current || current.field === 'heading' || current.node.parent === s.plan || paragraphBreak(s.previous, line, s.width)) {
    open(s, tree.add(home, 'paragraph', null, { line: line.line }), 'text', line);
    return;
  }
  open(s, current.node, 'text', line);
}

/** Plans against the text: a question no section repeats, a bibliography announced but not printed. */
function checkPlans(tree: DocTree): void {
  for (const n of tree.roots) {
    if (n.type !== 'topic') continue;
    const plan = n.children.find((c) => c.eId.endsWith('__plan'));
    const sections = new Set(n.children.filter((c) => c.type === 'section').map((c) => c.num));
    for (const entry of plan?.children ?? []) {
      if (entry.num !== null && !sections.has(entry.num)) {
        tree.diagnose(
          entry.textLines[0]?.line ?? 0,
          'planEntryUnmatched',
          `topic ${n.num}'s plan lists question ${entry.num}, but no body heading repeating it was found; its text stays in the paragraphs before it`,
        );
      }
    }
    const announced = plan?.children.some((e) => /әдебиет/.test(e.textLines[0]?.text ?? ''));
    const printed = n.children.some((c) => c.eId.endsWith('__bibliography'));
    if (announced && !printed) {
      tree.diagnose(
        n.headingLines[0]?.line ?? 0,
        'bibliographyMissing',
        `topic ${n.num}'s plan announces a bibliography that the text does not print`,
      );
    }
  }
}
