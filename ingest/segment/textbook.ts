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

export function segmentTextbook(lines: readonly SourceLine[], ctx: SegmentInput): SegmentResult {
  const tree = new DocTree(ctx);
  if (!lines.length) {
    tree.diagnose(1, 'emptyText', 'the text is empty', true);
    return tree.finish();
  }
  const width = typesetWidth(lines);
  let topic: DraftNode | null = null;
  let part: DraftNode | null = null;
  let plan: DraftNode | null = null;
  /** Numbered entries of the current topic's plan, by number */
  let planEntries = new Map<number, string>();
  let lastSection = 0;
  let target: { node: DraftNode; field: Field } | null = null;
  let previous: SourceLine | undefined;
  const open = (node: DraftNode, field: Field, line: SourceLine) => {
    node[field === 'heading' ? 'headingLines' : 'textLines'].push(line);
    target = { node, field };
    previous = line;
  };
  const sub = (component: string, line: SourceLine) => {
    part = tree.add(topic, 'heading', null, { component, line: line.line });
    plan = null;
    open(part, 'heading', line);
  };

  for (const line of lines) {
    const t = line.text;
    // `target` is assigned inside `open`; TypeScript does not see that and would narrow it to null.
    const current = target as { node: DraftNode; field: Field } | null;
    if (isPageNumber(t)) {
      tree.note('pageArtefact', [line], current?.node ?? null);
      continue;
    }
    if (PREFACE.test(t) && !topic) {
      part = tree.add(null, 'preface', null, { component: 'preface', line: line.line });
      open(part, 'heading', line);
      continue;
    }
    const topicMatch = TOPIC.exec(t);
    if (topicMatch?.[1]) {
      topic = tree.add(null, 'topic', topicMatch[1], { line: line.line });
      part = null;
      plan = null;
      planEntries = new Map();
      lastSection = 0;
      open(topic, 'heading', stripLabel(line, topicMatch[0].length));
      continue;
    }
    // A heading or a plan entry wrapped over lines: the next line goes on in lower case.
    if (current && startsLower(t) && (current.field === 'heading' || (plan !== null && current.node.parent === plan))) {
      open(current.node, current.field, line);
      const entry = Number(current.node.num);
      if (current.node.parent === plan && current.node.num !== null) planEntries.set(entry, `${planEntries.get(entry) ?? ''} ${t}`);
      continue;
    }
    if (topic && PLAN.test(t)) {
      plan = tree.add(topic, 'heading', null, { component: 'plan', line: line.line });
      part = plan;
      open(plan, 'heading', line);
      continue;
    }
    if (plan) {
      const activePlan: DraftNode = plan;
      const entryCount = activePlan.children.length;
      const endsPlan = INTRO.test(t) && entryCount > 0;
      if (!endsPlan) {
        const num = NUMBERED.exec(t);
        // Entries are counted by position: the plan mixes numbered questions with Кіріспе and Қорытынды.
        const entry = tree.add(activePlan, 'item', null, { component: `item_${entryCount + 1}`, line: line.line });
        if (num?.[1]) {
          entry.num = num[1];
          planEntries.set(Number(num[1]), t.slice(num[0].length));
          open(entry, 'text', stripLabel(line, num[0].length));
        } else open(entry, 'text', line);
        continue;
      }
    }
    if (topic && INTRO.test(t)) {
      sub('intro', line);
      continue;
    }
    if (topic && CONCLUSION.test(t)) {
      sub('conclusion', line);
      continue;
    }
    if (topic && BIBLIOGRAPHY.test(t)) {
      sub('bibliography', line);
      continue;
    }
    const num = NUMBERED.exec(t);
    if (topic && num?.[1]) {
      const n = Number(num[1]);
      const activePart = part as DraftNode | null; // assigned in `sub`, see `current`
      if (activePart?.eId.endsWith('__bibliography')) {
        open(tree.add(activePart, 'item', num[1], { line: line.line }), 'text', stripLabel(line, num[0].length));
        continue;
      }
      if (n === lastSection + 1 && (planEntries.size === 0 || repeatsPlanEntry(t.slice(num[0].length), planEntries.get(n)))) {
        lastSection = n;
        part = tree.add(topic, 'section', num[1], { line: line.line });
        open(part, 'heading', stripLabel(line, num[0].length));
        continue;
      }
    }
    const home: DraftNode | null = part ?? topic;
    if (!home) {
      tree.diagnose(line.line, 'textOutsideStructure', 'text before the foreword or the first topic; kept as a paragraph of its own');
      open(tree.add(null, 'paragraph', null, { line: line.line }), 'text', line);
      continue;
    }
    if (!current || current.field === 'heading' || current.node.parent === plan || paragraphBreak(previous, line, width)) {
      open(tree.add(home, 'paragraph', null, { line: line.line }), 'text', line);
      continue;
    }
    open(current.node, 'text', line);
  }
  for (const n of tree.roots) {
    if (n.type !== 'topic') continue;
    const plan = n.children.find((c) => c.eId.endsWith('__plan'));
    const sections = new Set(n.children.filter((c) => c.type === 'section').map((c) => c.num));
    for (const entry of plan?.children ?? []) {
      if (entry.num !== null && !sections.has(entry.num)) {
        tree.diagnose(entry.textLines[0]?.line ?? 0, 'planEntryUnmatched', `topic ${n.num}'s plan lists question ${entry.num}, but no body heading repeating it was found; its text stays in the paragraphs before it`);
      }
    }
    const announced = plan?.children.some((e) => /әдебиет/.test(e.textLines[0]?.text ?? ''));
    const printed = n.children.some((c) => c.eId.endsWith('__bibliography'));
    if (announced && !printed) tree.diagnose(n.headingLines[0]?.line ?? 0, 'bibliographyMissing', `topic ${n.num}'s plan announces a bibliography that the text does not print`);
  }
  return tree.finish();
}
