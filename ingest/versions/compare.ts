/**
 * Two versions of one work, compared provision by provision. The unit compared is a numbered provision (section,
 * chapter, article, part, subparagraph, and the front matter) together with its unnumbered paragraphs (абзацы): where
 * an абзац is attached differs between the PDF text, which has no blank lines, and the database export, which nests by
 * indentation (docs/formats-adilet.md), so paragraphs are folded into the unit above them. Units meet by eId, which a
 * provision keeps across versions and formats. Wordings are compared with typesetting artefacts folded (artefacts.ts):
 * a unit whose wordings differ only by those is listed apart, never as a change.
 */
import type { IngestedDocument, Provision, ProvisionStatus, ProvisionType, SourceSpan } from '../../model/index.ts';
import { wordDiff, wordTokens, type WordDiff } from '../../text/index.ts';
import { withoutArtefacts } from './artefacts.ts';

/** What a comparison reads of a version: an ingested text, or a version rebuilt from a store's wordings (app/versions.ts). */
export type VersionText = Pick<IngestedDocument, 'document' | 'provisions' | 'amendments' | 'acts' | 'expressions'>;

/** A numbered provision of one version with its unnumbered paragraphs. */
export interface VersionUnit {
  eId: string;
  provisionId: string;
  type: ProvisionType;
  status: ProvisionStatus;
  /** Heading, own text and the text of its paragraphs, as the version prints them (normalized), one space apart */
  text: string;
  /** eIds of the units above it, innermost first */
  ancestors: string[];
  source: SourceSpan;
}

export type ChangeKind = 'amended' | 'inserted' | 'removed' | 'repealed';

/** One unit whose wording differs between two versions beyond typesetting. */
export interface ProvisionChange {
  eId: string;
  kind: ChangeKind;
  /** The unit in the older version; null when inserted */
  before: VersionUnit | null;
  /** The unit in the newer version; null when removed */
  after: VersionUnit | null;
  /** Word by word, from the older wording to the newer (a repealed unit's wording is empty), typesetting marks equated */
  diff: WordDiff;
  /**
   * When the change is only where the two versions attach an абзац (the PDF text's segmenter cannot see where a
   * paragraph ends): the unit (this one or one above it) that reads the same once the units under it are read with
   * it, or else the unit of the same article that gained every run of words this one lost and lost every run it gained
   */
  regroupedWith: string | null;
}

export interface VersionComparison {
  /** In the newer version's order, then units only the older version has, in its order */
  changes: ProvisionChange[];
  /** Units whose wordings differ only by typesetting artefacts (artefacts.ts), folded away before comparing */
  artefactOnly: string[];
}

/** The units of a version, in document order, by eId. */
export function versionUnits(version: Pick<VersionText, 'provisions'>): Map<string, VersionUnit> {
  const byId = new Map(version.provisions.map((p) => [p.id, p]));
  const unitOf = (p: Provision): Provision => {
    let u = p;
    for (let up = parentOf(u, byId); u.type === 'paragraph' && up; up = parentOf(u, byId)) u = up;
    return u;
  };
  const units = new Map<string, VersionUnit>();
  for (const p of version.provisions) {
    const owner = unitOf(p);
    const unit = units.get(owner.eId);
    if (unit) {
      unit.text = join(unit.text, p.text);
      continue;
    }
    const ancestors: string[] = [];
    for (let up = parentOf(owner, byId); up; up = parentOf(up, byId)) ancestors.push(up.eId);
    units.set(owner.eId, {
      eId: owner.eId,
      provisionId: owner.id,
      type: owner.type,
      status: owner.status,
      text: join(owner.heading ?? '', p.text),
      ancestors,
      source: owner.source,
    });
  }
  return units;
}

/** Every unit whose wording differs between the older and the newer version, and those differing only by artefacts. */
export function compareVersions(older: Pick<VersionText, 'provisions'>, newer: Pick<VersionText, 'provisions'>): VersionComparison {
  const before = versionUnits(older);
  const after = versionUnits(newer);
  const changes: ProvisionChange[] = [];
  const artefactOnly: string[] = [];
  const folded = foldedWordings();
  const [olderSubtrees, newerSubtrees] = [subtrees(before, folded), subtrees(after, folded)];
  // An абзац never leaves its article: the units compared whole are the change's own and those above it up to the article.
  const sameAs = (eId: string, unit: VersionUnit) =>
    [eId, ...unit.ancestors].find((up) => articleOf(up) === articleOf(eId) && sameSubtree(olderSubtrees(up), newerSubtrees(up))) ?? null;
  for (const [eId, unit] of after) {
    const old = before.get(eId) ?? null;
    const kind = changeKind(old, unit, folded);
    if (kind) changes.push(change(eId, kind, old, unit, kind === 'repealed' ? null : sameAs(eId, unit)));
    else if (old && old.status === 'inForce' && old.text !== unit.text) artefactOnly.push(eId);
  }
  for (const [eId, unit] of before) if (!after.has(eId)) changes.push(change(eId, 'removed', unit, null, sameAs(eId, unit)));
  const byArticle = new Map<string, Array<{ change: ProvisionChange; runs: ChangedRun[] }>>();
  for (const c of changes) {
    const article = articleOf(c.eId);
    byArticle.set(article, [...(byArticle.get(article) ?? []), { change: c, runs: changedRuns(c) }]);
  }
  for (const group of byArticle.values()) for (const entry of group) entry.change.regroupedWith ??= movedWith(entry, group);
  return { changes, artefactOnly };
}

interface ChangedRun {
  kind: string;
  text: string;
}

/** The other change of the same article whose runs hold every run of words this change lost (as gained) or gained (as lost). */
function movedWith(
  own: { change: ProvisionChange; runs: ChangedRun[] },
  article: ReadonlyArray<{ change: ProvisionChange; runs: ChangedRun[] }>,
): string | null {
  if (own.change.kind === 'repealed' || own.runs.length === 0) return null;
  const other = article.find((c) => c !== own && own.runs.every((r) => c.runs.some((t) => t.kind !== r.kind && t.text.includes(r.text))));
  return other?.change.eId ?? null;
}

/** The inserted and deleted runs of a change, artefacts folded. */
function changedRuns(change: ProvisionChange): ChangedRun[] {
  return change.diff.runs.filter((r) => r.kind !== 'equal').map((r) => ({ kind: r.kind, text: withoutArtefacts(r.text) }));
}

/** A unit's wording with artefacts folded, and its length without whitespace; each unit's read once. */
type Folded = (unit: VersionUnit) => { text: string; letters: number };

function foldedWordings(): Folded {
  const known = new Map<VersionUnit, { text: string; letters: number }>();
  return (unit) => {
    let f = known.get(unit);
    if (!f) {
      const text = withoutArtefacts(wordingOf(unit));
      known.set(unit, (f = { text, letters: text.length - (text.match(/ /g)?.length ?? 0) }));
    }
    return f;
  };
}

/** A unit and every unit under it: null when the version lacks the unit. */
interface Subtree {
  units: VersionUnit[];
  folded: Folded;
}

/** The subtree of each unit of a version, read on demand for the units above a change only. */
function subtrees(units: ReadonlyMap<string, VersionUnit>, folded: Folded): (eId: string) => Subtree | null {
  const byArticle = new Map<string, VersionUnit[]>();
  for (const unit of units.values()) {
    const article = articleOf(unit.eId);
    byArticle.set(article, [...(byArticle.get(article) ?? []), unit]);
  }
  return (eId) => {
    if (!units.has(eId)) return null;
    const article = byArticle.get(articleOf(eId)) ?? [];
    return { units: article.filter((u) => u.eId === eId || u.ancestors.includes(eId)), folded };
  };
}

/**
 * True when two subtrees hold the same words, in whatever units: a paragraph attached to another unit moves its
 * words within the subtree, never changes them. The letters are counted first, so a real change costs no sorting.
 */
function sameSubtree(a: Subtree | null, b: Subtree | null): boolean {
  if (!a || !b) return false;
  const letters = (t: Subtree) => t.units.reduce((n, u) => n + t.folded(u).letters, 0);
  if (letters(a) !== letters(b)) return false;
  const words = (t: Subtree) =>
    wordTokens(t.units.map((u) => t.folded(u).text).join(' '))
      .sort()
      .join(' ');
  return words(a) === words(b);
}

/** How a unit changed, or null when its wording is the same up to artefacts (a repealed unit's wording is its repeal note: not compared). */
function changeKind(old: VersionUnit | null, unit: VersionUnit, folded: Folded): ChangeKind | null {
  if (!old) return 'inserted';
  if (unit.status === 'repealed') return old.status === 'repealed' ? null : 'repealed';
  if (old.status === 'repealed') return 'inserted';
  return old.text === unit.text || folded(old).text === folded(unit).text ? null : 'amended';
}

function change(
  eId: string,
  kind: ChangeKind,
  before: VersionUnit | null,
  after: VersionUnit | null,
  sameAs: string | null,
): ProvisionChange {
  return { eId, kind, before, after, diff: wordDiff(wordingOf(before), wordingOf(after), sameMark), regroupedWith: sameAs };
}

/** Two tokens are one when they differ by typesetting only (an en dash and a hyphen, « and "). */
function sameMark(a: string, b: string): boolean {
  // Folding keeps a token's length (one mark for another, a look-alike letter for a letter): most pairs fail that test.
  return a === b || (a.length === b.length && withoutArtefacts(a) === withoutArtefacts(b));
}

/** What a unit says in force: nothing when absent or repealed. */
function wordingOf(unit: VersionUnit | null): string {
  return unit && unit.status === 'inForce' ? unit.text : '';
}

/** The first component of an eId: the article a unit of a code is in (articles are numbered through the whole code). */
function articleOf(eId: string): string {
  return eId.split('__')[0] ?? eId;
}

function parentOf(p: Provision, byId: ReadonlyMap<string, Provision>): Provision | undefined {
  return p.parentId ? byId.get(p.parentId) : undefined;
}

function join(a: string, b: string): string {
  return a && b ? `${a} ${b}` : a || b;
}
