/**
 * Akoma Ntoso eIds: the one place where Kazakh structural units are mapped to AKN element
 * aliases, and where the eIds of provisions are built (global ids are built in ids.ts).
 */
import type { ProvisionType } from './types.ts';

/** AKN alias of each provision type, as used in eIds. */
export const AKN_ALIAS: Record<ProvisionType, string> = {
  section: 'sec', // бөлім
  chapter: 'chp', // тарау
  article: 'art', // бап
  part: 'para', // бөлік (also тармақ)
  subparagraph: 'point', // тармақша
  paragraph: 'subpara', // абзац, counted among its unnumbered siblings
  heading: 'hcontainer',
  item: 'item',
  footnote: 'fnt',
  preface: 'preface',
  signature: 'conclusions',
  topic: 'chp',
};

/** Separator between levels of a hierarchical eId. */
export const EID_SEPARATOR = '__';

/**
 * Clean a printed number for use in an eId: `15-1-бап.` → `15-1`, `14-1)` → `14-1`,
 * `ІІ` → `II`. Keeps digits, Latin letters and inner hyphens.
 */
export function cleanNum(printed: string): string {
  return printed
    .replace(/[Іі]/g, (c) => (c === 'І' ? 'I' : 'i'))
    .replace(/[^0-9A-Za-z-]+/g, '')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}

/** The eId component of one node: `art_15-1`. */
export function eIdComponent(type: ProvisionType, num: string): string {
  return `${AKN_ALIAS[type]}_${cleanNum(num)}`;
}

/** Join a parent eId (or null for a top-level node) and a child component. */
export function childEId(parentEId: string | null, component: string): string {
  return parentEId ? `${parentEId}${EID_SEPARATOR}${component}` : component;
}

/**
 * eId rules for a code (the segmenter, the amendment resolver and the citation resolver all build
 * eIds through these functions, so a target named in a note or a citation meets the node):
 * - `sec_1`, `chp_12-1`, `art_15-1`: sections, chapters and articles are numbered through the
 *   whole code, so their eIds are top-level components (the tree is given by parentId);
 * - `art_4__para_1`: part (бөлік, also тармақ) 1 of article 4;
 * - `art_4__para_1__point_14-1`: subparagraph (тармақша) 14-1); `art_56__point_3` when the
 *   article has no numbered parts;
 * - `…__subpara_2`: an unnumbered paragraph (абзац), numbered as the law counts абзацы: the
 *   parent's own text, when it has any, is абзац 1, so the first unnumbered paragraph after a
 *   part's numbered line is `subpara_2`; in an article with no parts the first paragraph is `subpara_1`.
 */
export function codeEId(ref: {
  section?: string | null;
  chapter?: string | null;
  article?: string | null;
  part?: string | null;
  subparagraph?: string | null;
  paragraph?: string | null;
}): string | null {
  if (ref.article) {
    let eId = articleEId(ref.article);
    if (ref.part) eId = childEId(eId, eIdComponent('part', ref.part));
    if (ref.subparagraph) eId = childEId(eId, eIdComponent('subparagraph', ref.subparagraph));
    if (ref.paragraph) eId = childEId(eId, eIdComponent('paragraph', ref.paragraph));
    return eId;
  }
  if (ref.chapter) return eIdComponent('chapter', ref.chapter);
  if (ref.section) return eIdComponent('section', ref.section);
  return null;
}

/**
 * The eId of an article in a code, wherever it sits in the section/chapter tree.
 * Articles are numbered through the whole code, so their eId omits section and chapter:
 * `art_15-1`, `art_4__para_1__point_14-1`. This keeps citations resolvable without
 * knowing the chapter, and ids stable when a chapter is renumbered.
 */
export function articleEId(num: string): string {
  return eIdComponent('article', num);
}
