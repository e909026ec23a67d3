/**
 * Policy papers of the Legal Policy Research Centre (seeds 000, 001): a title block, Roman-numeral
 * sections, numbered paragraphs (type `part`, eId `sec_II__para_3`), unnumbered paragraphs
 * (`subpara_N`), inline subheads (`hcontainer_N`), bullets (`item_N`) and footnotes linked to the
 * paragraph that marks them (`sec_I__para_5__fnt_1`). URLs repeated on their own lines, page
 * numbers and chart captions become editorial notes.
 */
import type { SourceLine } from '../normalize.ts';
import type { SegmentInput, SegmentResult } from './types.ts';
import { footnoteComplete, footnoteStart, linkFootnotes, markedNumbers, reportMissingBodies } from './footnotes.ts';
import { adjacent, endsSentence, isAllCaps, isPageNumber, isUrlLine, paragraphBreak, startsUpper, typesetWidth } from './lines.ts';
import { DocTree, stripLabel, type Field } from './document-tree.ts';
import type { DraftNode } from './draft.ts';

/** `І. 2010–2020 ЖЫЛДАРҒА …`: a Roman numeral in Cyrillic І (000) or Latin I (001), then an all-caps title. */
const SECTION = /^([IІVX]{1,4})\.\s+(?=\S)/;
const NUMBERED = /^(\d{1,2})\.\s+(?=\S)/;
const BULLET = /^•\s*/;
/** A chart's caption leaking into the text: `Қазақстан, Worldwide Governance Idicators` (Kazakhstan, then an index's English name). */
const CHART_CAPTION = /^Қазақстан, [A-Z][A-Za-z ]+$/;
/** The closing date line: `2021 жылдың маусымы` (June of 2021). */
const CLOSING_DATE = /^\d{4} жылдың \p{Ll}+$/u;

/** An inline subhead: a short line after a finished sentence, ending without a full stop (`2030 мақсаты`, `Әкімшілік рәсімдерге қатысты:`). */
function isSubhead(line: SourceLine, previous: SourceLine | undefined, next: SourceLine | undefined): boolean {
  const t = line.text;
  if (!startsUpper(t) || /[.;,]$/.test(t) || t.length > 70) return false;
  if (t.endsWith(':') && t.length > 40) return false;
  if (previous && !endsSentence(previous.text) && !isAllCaps(previous.text)) return false;
  return next === undefined || startsUpper(next.text) || BULLET.test(next.text);
}

export function segmentPolicy(lines: readonly SourceLine[], ctx: SegmentInput): SegmentResult {
  const tree = new DocTree(ctx);
  if (!lines.length) {
    tree.diagnose(1, 'emptyText', 'the text is empty', true);
    return tree.finish();
  }
  const width = typesetWidth(lines);
  const marked = markedNumbers(lines);
  const footnotes: DraftNode[] = [];

  const preface = tree.add(null, 'preface', null, { component: 'preface' });
  let section: DraftNode | null = null;
  let numbered: DraftNode | null = null;
  /** The open subheads: an all-caps block title, then mixed-case subheads, possibly one nested in another */
  let capsHead: DraftNode | null = null;
  let subhead: DraftNode | null = null;
  let target: { node: DraftNode; field: Field } = { node: preface, field: 'text' };
  let previous: SourceLine | undefined;
  let footnote: DraftNode | null = null;
  let lastFootnote = 0;

  const container = (): DraftNode => subhead ?? capsHead ?? numbered ?? section ?? preface;
  const open = (node: DraftNode, field: Field, line: SourceLine) => {
    node[field === 'heading' ? 'headingLines' : 'textLines'].push(line);
    target = { node, field };
    previous = line;
  };

  lines.forEach((line, i) => {
    const t = line.text;
    const next = lines[i + 1];
    if (footnote) {
      if (!footnoteComplete(footnote.textLines) && !isUrlLine(t) && !BULLET.test(t) && !NUMBERED.test(t)) {
        footnote.textLines.push(line);
        return;
      }
      footnote = null;
    }
    if (isUrlLine(t)) return tree.note('link', [line], target.node);
    if (isPageNumber(t) || CHART_CAPTION.test(t)) return tree.note('pageArtefact', [line], target.node);

    // A footnote follows the text that marks it: a line like one before any text (a damaged extraction's first line)
    // is text.
    const read = section !== null || preface.headingLines.length > 0 || preface.textLines.length > 0;
    const fn = read ? footnoteStart(t, lastFootnote, marked) : null;
    if (fn !== null) {
      lastFootnote = fn;
      footnote = tree.add(section ?? preface, 'footnote', String(fn), { line: line.line });
      footnote.textLines.push(stripLabel(line, String(fn).length));
      footnotes.push(footnote);
      return;
    }

    const sec = SECTION.exec(t);
    if (sec?.[1] && isAllCaps(t)) {
      section = tree.add(null, 'section', sec[1], { line: line.line });
      numbered = null;
      capsHead = null;
      subhead = null;
      return open(section, 'heading', stripLabel(line, sec[0].length));
    }
    if (target.field === 'heading' && target.node.type !== 'heading' && adjacent(previous, line) && isAllCaps(t)) {
      return open(target.node, 'heading', line);
    }
    if (!section) {
      // Title block: the all-caps title is the preface's heading, the rest its paragraphs.
      if (isAllCaps(t) && (preface.headingLines.length === 0 || adjacent(previous, line))) return open(preface, 'heading', line);
      if (target.node === preface && target.field === 'text' && preface.textLines.length === 0) return open(preface, 'text', line);
      if (target.field === 'heading' || paragraphBreak(previous, line, width))
        return open(tree.add(preface, 'paragraph', null), 'text', line);
      return open(target.node, 'text', line);
    }

    const num = NUMBERED.exec(t);
    if (num?.[1] && (target.field === 'heading' || endsSentence(previous?.text ?? '.'))) {
      numbered = tree.add(section, 'part', num[1], { line: line.line });
      capsHead = null;
      subhead = null;
      return open(numbered, 'text', stripLabel(line, num[0].length));
    }
    const bullet = BULLET.exec(t);
    if (bullet) return open(tree.add(container(), 'item', null, { line: line.line }), 'text', stripLabel(line, bullet[0].length));
    if (CLOSING_DATE.test(t) && next === undefined)
      return open(tree.add(null, 'signature', null, { component: 'conclusions' }), 'text', line);
    // A subhead may follow another with no text between (`2030 мақсатына …`, then `Тиімді, ашық …`): kept as siblings.
    const afterSubhead = target.field === 'heading' && target.node.type === 'heading';
    if (isSubhead(line, afterSubhead ? undefined : previous, next)) {
      if (isAllCaps(t)) {
        capsHead = tree.add(numbered ?? section, 'heading', null, { line: line.line });
        subhead = null;
        return open(capsHead, 'heading', line);
      }
      subhead = tree.add(capsHead ?? numbered ?? section, 'heading', null, { line: line.line });
      return open(subhead, 'heading', line);
    }
    if (target.field === 'heading' || paragraphBreak(previous, line, width)) {
      return open(tree.add(container(), 'paragraph', null, { line: line.line }), 'text', line);
    }
    open(target.node, 'text', line);
  });

  const candidates: DraftNode[] = [];
  const collect = (nodes: DraftNode[]) => nodes.forEach((n) => (n.type !== 'footnote' && candidates.push(n), collect(n.children)));
  collect(tree.roots);
  linkFootnotes(tree, footnotes, candidates);
  reportMissingBodies(tree, marked, footnotes, lines);
  return tree.finish();
}
