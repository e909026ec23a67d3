/**
 * The journal article (seed 003): title, abstracts in Kazakh, Russian and English (each a heading
 * node `abstract_kk`… with its language, paragraphs and keywords `abstract_kk__keywords`), the
 * introduction (`intro`), the journal's trilingual rubric heading over the body (`hcontainer_1`),
 * the conclusions (`conclusions`) with the Біріншіден…Жетіншіден list (`conclusions__item_N`).
 * Running headers (the title in sentence case, the authors' names) become page artefacts.
 */
import type { SourceLine } from '../normalize.ts';
import type { SegmentInput, SegmentResult } from './types.ts';
import { adjacent, isAllCaps, isPageNumber, paragraphBreak, typesetWidth } from './lines.ts';
import { DocTree, type Field } from './document-tree.ts';
import type { DraftNode } from './draft.ts';

/** Abstract headings and their languages: Аңдатпа (Kazakh), Аннотация (Russian), Abstract. */
const ABSTRACTS: Record<string, string> = { Аңдатпа: 'kk', Аннотация: 'ru', Abstract: 'en' };
/** Keyword lines: Тірек сөздер (kk, "key words"), Ключевые слова (ru), Keywords. */
const KEYWORDS = /^(Тірек сөздер|Ключевые слова|Keywords):/;
/** Headings of the article's own parts: Кіріспе (introduction), Тұжырымдар мен ұсыныстар (conclusions and proposals). */
const PARTS: Record<string, string> = { Кіріспе: 'intro', 'Тұжырымдар мен ұсыныстар': 'conclusions' };
/** Ordinal adverbs opening a list item: Біріншіден "firstly" … Оныншыдан "tenthly". */
const ORDINAL = /^(Бірінші|Екінші|Үшінші|Төртінші|Бесінші|Алтыншы|Жетінші|Сегізінші|Тоғызыншы|Оныншы)(ден|дан),/;
/** A running header's author line: `М. М. Нарбинова,`. */
const AUTHOR = /^\p{Lu}\. ?\p{Lu}\. ?\p{Lu}\p{Ll}+,?$/u;
/** A bibliography reference in the text: `[1]` (not `[1-бап]`, an article of the Constitution). */
const SOURCE_REF = /\[(\d+)\]/;

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** How many lines from `i` on spell the title again (a running header), or 0. */
function runningTitle(lines: readonly SourceLine[], i: number, title: string): number {
  const want = fold(title);
  let joined = '';
  for (let k = 0; k < 5 && i + k < lines.length; k += 1) {
    const line = lines[i + k];
    if (!line || (k > 0 && !adjacent(lines[i + k - 1], line))) return 0;
    joined = fold(`${joined} ${line.text}`);
    if (joined === want) return k + 1;
    if (!want.startsWith(joined)) return 0;
  }
  return 0;
}

export function segmentArticle(lines: readonly SourceLine[], ctx: SegmentInput): SegmentResult {
  const tree = new DocTree(ctx);
  if (!lines.length) {
    tree.diagnose(1, 'emptyText', 'the text is empty', true);
    return tree.finish();
  }
  const width = typesetWidth(lines);
  const preface = tree.add(null, 'preface', null, { component: 'preface' });
  let part: DraftNode = preface;
  let target: { node: DraftNode; field: Field } = { node: preface, field: 'heading' };
  let previous: SourceLine | undefined;
  let list: DraftNode | null = null;
  const open = (node: DraftNode, field: Field, line: SourceLine) => {
    node[field === 'heading' ? 'headingLines' : 'textLines'].push(line);
    target = { node, field };
    previous = line;
  };

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as SourceLine;
    const t = line.text;
    const header = runningTitle(lines, i, ctx.document.title);
    if (header > 0 && i > 0) {
      tree.note('pageArtefact', lines.slice(i, i + header), target.node);
      i += header - 1;
      continue;
    }
    if (AUTHOR.test(t) || isPageNumber(t)) {
      tree.note('pageArtefact', [line], target.node);
      continue;
    }
    const language = ABSTRACTS[t];
    if (language) {
      part = tree.add(null, 'heading', null, { component: `abstract_${language}`, language, line: line.line });
      open(part, 'heading', line);
      continue;
    }
    const component = PARTS[t];
    if (component) {
      part = tree.add(null, 'heading', null, { component, language: null, line: line.line });
      list = null;
      open(part, 'heading', line);
      continue;
    }
    if (target.node === preface && target.field === 'heading' && isAllCaps(t)) {
      open(preface, 'heading', line);
      continue;
    }
    if (isAllCaps(t) && part !== preface) {
      // The journal's rubric over the body, printed in three languages on adjacent lines.
      if (!(target.node === part && part.eId.startsWith('hcontainer_') && target.field === 'heading' && adjacent(previous, line))) {
        part = tree.add(null, 'heading', null, { language: null, line: line.line });
      }
      open(part, 'heading', line);
      continue;
    }
    if (KEYWORDS.test(t)) {
      open(tree.add(part, 'paragraph', null, { component: 'keywords', line: line.line }), 'text', line);
      continue;
    }
    if (ORDINAL.test(t) && part.eId === 'conclusions') {
      list = tree.add(part, 'item', null, { line: line.line });
      open(list, 'text', line);
      continue;
    }
    if (target.field === 'heading' || paragraphBreak(previous, line, width)) {
      list = null;
      open(tree.add(part, 'paragraph', null, { line: line.line }), 'text', line);
      continue;
    }
    open(target.node, 'text', line);
  }

  const cited = lines.find((l) => SOURCE_REF.test(l.text));
  if (cited) tree.diagnose(cited.line, 'bibliographyMissing', 'the text cites its sources by number (`[1]`) but prints no list of them');
  return tree.finish();
}
