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
export function versionUnits(version: IngestedDocument): Map<string, VersionUnit> {
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
export function compareVersions(older: IngestedDocument, newer: IngestedDocument): VersionComparison {
  const before = versionUnits(older);
  const after = versionUnits(newer);
  const changes: ProvisionChange[] = [];
  const artefactOnly: string[] = [];
  const [olderTexts, newerTexts] = [subtreeTexts(before), subtreeTexts(after)];
  const sameAs = (eId: string, unit: VersionUnit) =>
    [eId, ...unit.ancestors].find((up) => olderTexts.has(up) && olderTexts.get(up) === newerTexts.get(up)) ?? null;
  for (const [eId, unit] of after) {
    const old = before.get(eId) ?? null;
    const kind = changeKind(old, unit);
    if (kind) changes.push(change(eId, kind, old, unit, kind === 'repealed' ? null : sameAs(eId, unit)));
    else if (old && old.status === 'inForce' && old.text !== unit.text) artefactOnly.push(eId);
  }
  for (const [eId, unit] of before) if (!after.has(eId)) changes.push(change(eId, 'removed', unit, null, sameAs(eId, unit)));
  for (const c of changes) c.regroupedWith ??= movedWith(c, changes);
  return { changes, artefactOnly };
}

/** The other change of the same article whose runs hold every run of words this change lost (as gained) or gained (as lost). */
function movedWith(change: ProvisionChange, changes: readonly ProvisionChange[]): string | null {
  if (change.kind === 'repealed') return null;
  const own = changedRuns(change);
  if (own.length === 0) return null;
  const article = change.eId.split('__')[0];
  const other = changes.find((c) => {
    if (c === change || c.eId.split('__')[0] !== article) return false;
    const theirs = changedRuns(c);
    return own.every((r) => theirs.some((t) => t.kind !== r.kind && t.text.includes(r.text)));
  });
  return other?.eId ?? null;
}

/** The inserted and deleted runs of a change, artefacts folded. */
function changedRuns(change: ProvisionChange): Array<{ kind: string; text: string }> {
  return change.diff.runs.filter((r) => r.kind !== 'equal').map((r) => ({ kind: r.kind, text: withoutArtefacts(r.text) }));
}

/** Of every unit, the words of its wording and of every unit under it, artefacts folded, in sorted order. */
function subtreeTexts(units: ReadonlyMap<string, VersionUnit>): Map<string, string> {
  const parts = new Map<string, string[]>();
  for (const unit of units.values())
    for (const eId of [unit.eId, ...unit.ancestors]) {
      const list = parts.get(eId) ?? [];
      list.push(wordingOf(unit));
      parts.set(eId, list);
    }
  // Words sorted: a paragraph attached to another unit moves its words within the subtree, never changes them.
  return new Map(
    [...parts].map(([eId, texts]) => [
      eId,
      wordTokens(withoutArtefacts(texts.join(' ')))
        .sort()
        .join(' '),
    ]),
  );
}

/** How a unit changed, or null when its wording is the same up to artefacts (a repealed unit's wording is its repeal note: not compared). */
function changeKind(old: VersionUnit | null, unit: VersionUnit): ChangeKind | null {
  if (!old) return 'inserted';
  if (unit.status === 'repealed') return old.status === 'repealed' ? null : 'repealed';
  if (old.status === 'repealed') return 'inserted';
  return withoutArtefacts(old.text) === withoutArtefacts(unit.text) ? null : 'amended';
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
  return a === b || withoutArtefacts(a) === withoutArtefacts(b);
}

/** What a unit says in force: nothing when absent or repealed. */
function wordingOf(unit: VersionUnit | null): string {
  return unit && unit.status === 'inForce' ? unit.text : '';
}

function parentOf(p: Provision, byId: ReadonlyMap<string, Provision>): Provision | undefined {
  return p.parentId ? byId.get(p.parentId) : undefined;
}

function join(a: string, b: string): string {
  return a && b ? `${a} ${b}` : a || b;
}
