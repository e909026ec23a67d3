/**
 * The timeline of one work: the IngestedDocuments of its dated versions (one language) → one IngestedDocument.
 *
 * - The newest version's provisions, citations, mentions, relations and notes are the document as today, so every
 *   query that knows nothing of versions answers "the newest version"; each provision says from when its wording is in
 *   force (`validFrom`).
 * - Every earlier distinct wording is a Wording over [validFrom, validTo): a wording unchanged across versions is one
 *   Wording (its period widened); a provision absent from a version has no wording covering that version's date; a
 *   provision the newest version lacks keeps its wordings, with their place in their version's tree.
 * - Expressions, acts and diagnostics of every version; amendment events and acts merged by id (a later version's
 *   reading wins).
 * - A wording's text and source are those of the last version that held it (its earlier readings agree with it).
 * - Consecutive versions in different formats (the PDF text, a database export) are checked to agree on eIds: a
 *   provision with no counterpart that no note explains is a diagnostic (`version-eid-mismatch`).
 *
 * Pure: no IO. Built one version at a time (extendTimeline), so a new version costs the timeline held, not every
 * version again. Wordings are compared format-blind (wording-key.ts), so an extraction artefact is no new wording.
 */
import type { Diagnostic, Expression, IngestedDocument, Provision, Wording } from '../../model/index.ts';
import { wordingId } from '../../model/index.ts';
import type { Timeline } from './version-texts.ts';
import { workSha256 } from './work.ts';
import { wordingKey } from './wording-key.ts';

/** What extendTimeline reads of the timeline it extends: an ingested one, or one read back from a graph store (app/versions.ts). */
export type HeldTimeline = Timeline & Pick<IngestedDocument, 'diagnostics'>;

/** The versions of one work, in any order → its timeline. Throws when they are not of one work in one language. */
export function buildTimeline(versions: readonly IngestedDocument[]): IngestedDocument {
  const ordered = [...versions].sort((a, b) => compare(versionOf(a).versionDate, versionOf(b).versionDate));
  const [oldest, ...later] = ordered;
  if (!oldest) throw new Error('buildTimeline: no version given');
  return later.reduce(extendTimeline, oldest);
}

/**
 * A timeline with one more version, newer than every version it holds: the step `buildTimeline` folds, and what an
 * import of a new version costs (the timeline held, not every version, is read again).
 */
export function extendTimeline(timeline: HeldTimeline, version: IngestedDocument): IngestedDocument {
  const expression = versionOf(version);
  const held = timeline.expressions.filter((e) => e.language === expression.language);
  const newest = held.at(-1);
  if (version.document.id !== timeline.document.id || !newest) {
    throw new Error(
      `buildTimeline: ${version.document.file} (${version.document.id}, ${expression.language}) is not a version of ${timeline.document.file}`,
    );
  }
  if (expression.versionDate <= newest.versionDate) {
    const which = expression.versionDate === newest.versionDate ? 'both the version of' : 'older than the newest version held,';
    throw new Error(`buildTimeline: ${timeline.document.file} and ${version.document.file} are ${which} ${expression.versionDate}`);
  }
  const date = expression.versionDate;
  const previous = new Map(timeline.provisions.map((p) => [p.id, p]));
  const expressionOf = (p: Provision) => held.find((e) => e.file === p.source.file) ?? newest;
  const closed: Wording[] = [];
  const provisions = version.provisions.map((p) => {
    const before = previous.get(p.id);
    previous.delete(p.id);
    if (before && wordingKey(before) === wordingKey(p)) return { ...p, validFrom: before.validFrom ?? newest.versionDate };
    if (before) closed.push(wordingOf(before, expressionOf(before), date));
    return { ...p, validFrom: date };
  });
  // What the new version no longer holds keeps its last wording, closed on the new version's date.
  for (const gone of previous.values()) closed.push(wordingOf(gone, expressionOf(gone), date));

  const expressions = [...timeline.expressions, ...version.expressions].sort(
    (a, b) => compare(a.versionDate, b.versionDate) || compare(a.language, b.language),
  );
  const own = expressions.filter((e) => e.language === expression.language);
  return {
    ...version,
    document: {
      // A Kazakh version brings no Russian title: the work keeps the one its newest Russian text gave (translation/).
      ...(timeline.document.titleRu ? { titleRu: timeline.document.titleRu } : {}),
      ...version.document,
      sha256: workSha256(own.map((e) => ({ date: e.versionDate, sha256: e.sha256 }))),
    },
    provisions,
    amendments: newestFirst(version.amendments, timeline.amendments),
    acts: newestFirst(version.acts, timeline.acts),
    diagnostics: [...timeline.diagnostics, ...version.diagnostics, ...eIdMismatches(timeline, newest, version)],
    expressions,
    wordings: [...timeline.wordings, ...closed],
  };
}

/** A version's own expression: a single text has exactly one. */
function versionOf(doc: IngestedDocument): Expression {
  const [expression, ...more] = doc.expressions;
  if (!expression || more.length > 0)
    throw new Error(`buildTimeline: ${doc.document.file} is not one text (${doc.expressions.length} expressions)`);
  return expression;
}

/** Items by id, the newer reading of an item replacing the older: the newer list first, then what only the older has. */
function newestFirst<T extends { id: string }>(newer: readonly T[], older: readonly T[]): T[] {
  const ids = new Set(newer.map((item) => item.id));
  return [...newer, ...older.filter((item) => !ids.has(item.id))];
}

/** `p`'s wording as read from `expression`, in force from `p.validFrom` (a single text: the expression's date) until `validTo`. */
function wordingOf(p: Provision, expression: Expression, validTo: string): Wording {
  const validFrom = p.validFrom ?? expression.versionDate;
  return {
    id: wordingId(p.id, expression.language, validFrom),
    provisionId: p.id,
    documentId: p.documentId,
    language: expression.language,
    expressionId: expression.id,
    validFrom,
    validTo,
    parentId: p.parentId,
    ordinal: p.ordinal,
    type: p.type,
    num: p.num,
    heading: p.heading,
    text: p.text,
    status: p.status,
    source: p.source,
    ...(p.sourceAnchor ? { sourceAnchor: p.sourceAnchor } : {}),
  };
}

/**
 * Between the timeline's newest version and a newer one in another format: a provision of the older the newer lacks,
 * or a provision of the newer the older lacks that no note of the newer marks as inserted (itself or an ancestor).
 */
function eIdMismatches(timeline: HeldTimeline, from: Expression, newer: IngestedDocument): Diagnostic[] {
  const to = versionOf(newer);
  if (from.format === to.format) return [];
  const inOlder = new Set(timeline.provisions.map((p) => p.id));
  const inNewer = new Set(newer.provisions.map((p) => p.id));
  const inserted = new Set(newer.amendments.flatMap((a) => (a.action === 'inserted' && a.targetId ? [a.targetId] : [])));
  const parents = new Map(newer.provisions.map((p) => [p.id, p.parentId]));
  const insertedWithin = (id: string | null): boolean => id !== null && (inserted.has(id) || insertedWithin(parents.get(id) ?? null));
  const mismatch = (p: Provision, reason: string): Diagnostic => ({
    reason: `${p.eId} ${reason}`,
    file: p.source.file,
    line: p.source.startLine,
    rule: 'version-eid-mismatch',
    fatal: false,
  });
  return [
    ...timeline.provisions
      .filter((p) => !inNewer.has(p.id))
      .map((p) =>
        mismatch(p, `(${from.versionDate}, ${from.format}) has no counterpart in the version of ${to.versionDate} (${to.format})`),
      ),
    ...newer.provisions
      .filter((p) => !inOlder.has(p.id) && !insertedWithin(p.id))
      .map((p) =>
        mismatch(
          p,
          `(${to.versionDate}, ${to.format}) is absent from the version of ${from.versionDate} (${from.format}) and no note inserts it`,
        ),
      ),
  ];
}

/** Code-unit order, as the stores sort */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
