/**
 * The timeline of one work: the IngestedDocuments of its dated versions (one language) → one IngestedDocument.
 *
 * - The newest version's provisions, citations, mentions, relations and notes are the document as today, so every
 *   query that knows nothing of versions answers "the newest version"; each provision says from when its wording is in
 *   force (`validFrom`).
 * - Every earlier distinct wording is a Wording over [validFrom, validTo): a wording unchanged across versions is one
 *   Wording (its period widened); a provision absent from a version has no wording covering that version's date; a
 *   provision the newest version lacks keeps its wordings, with their place in their version's tree.
 * - Expressions, acts and diagnostics of every version; amendment events merged by id (a later version's reading wins).
 * - Consecutive versions in different formats (the PDF text, a database export) are checked to agree on eIds: a
 *   provision with no counterpart that no note explains is a diagnostic (`version-eid-mismatch`).
 *
 * Pure: no IO. Wordings are compared format-blind (sameWording), so an extraction artefact is no new wording.
 */
import type { Amendment, Diagnostic, Expression, IngestedDocument, Provision, Wording } from '../../model/index.ts';
import { wordingId } from '../../model/index.ts';
import { workSha256 } from './work.ts';
import { wordingKey } from './wording-key.ts';

/** The versions of one work, in any order → its timeline. Throws when they are not of one work in one language. */
export function buildTimeline(versions: readonly IngestedDocument[]): IngestedDocument {
  const ordered = [...versions].sort((a, b) => compare(versionOf(a).versionDate, versionOf(b).versionDate));
  const newest = ordered.at(-1);
  if (!newest) throw new Error('buildTimeline: no version given');
  checkOneWork(ordered);
  if (ordered.length === 1) return newest;

  const { wordings, validFrom } = wordingsOf(ordered);
  // An act named by several versions: the newest version's reading of it.
  const acts = new Map(ordered.flatMap((v) => v.acts.map((a) => [a.id, a] as const)));
  return {
    ...newest,
    document: {
      ...newest.document,
      sha256: workSha256(ordered.map((v) => ({ date: versionOf(v).versionDate, sha256: v.document.sha256 }))),
    },
    provisions: newest.provisions.map((p) => ({ ...p, validFrom: validFrom.get(p.id) ?? versionOf(newest).versionDate })),
    amendments: mergeAmendments(ordered),
    acts: [...new Set([...newest.acts.map((a) => a.id), ...acts.keys()])].map((id) => acts.get(id) as (typeof newest.acts)[number]),
    diagnostics: [...ordered.flatMap((v) => v.diagnostics), ...eIdMismatches(ordered)],
    expressions: ordered
      .flatMap((v) => v.expressions)
      .sort((a, b) => compare(a.versionDate, b.versionDate) || compare(a.language, b.language)),
    wordings,
  };
}

/** A version's own expression: a single text has exactly one. */
function versionOf(doc: IngestedDocument): Expression {
  const [expression, ...more] = doc.expressions;
  if (!expression || more.length > 0)
    throw new Error(`buildTimeline: ${doc.document.file} is not one text (${doc.expressions.length} expressions)`);
  return expression;
}

function checkOneWork(versions: readonly IngestedDocument[]): void {
  const [first] = versions;
  for (const v of versions) {
    const e = versionOf(v);
    if (v.document.id !== first?.document.id || e.language !== versionOf(first).language) {
      throw new Error(`buildTimeline: ${v.document.file} (${v.document.id}, ${e.language}) is not a version of ${first?.document.file}`);
    }
  }
  for (let i = 1; i < versions.length; i++) {
    const [a, b] = [versions[i - 1], versions[i]] as [IngestedDocument, IngestedDocument];
    if (versionOf(a).versionDate === versionOf(b).versionDate) {
      throw new Error(`buildTimeline: ${a.document.file} and ${b.document.file} are both the version of ${versionOf(a).versionDate}`);
    }
  }
}

/** One run of equal wordings of a provision, open while the versions keep it. */
interface Run {
  wording: Wording;
  key: string;
}

/** Every closed run as a Wording, and for each provision of the newest version the date its open run began. */
function wordingsOf(versions: readonly IngestedDocument[]): { wordings: Wording[]; validFrom: Map<string, string> } {
  const open = new Map<string, Run>();
  const wordings: Wording[] = [];
  for (const version of versions) {
    const expression = versionOf(version);
    const present = new Set<string>();
    for (const p of version.provisions) {
      present.add(p.id);
      const key = wordingKey(p);
      const run = open.get(p.id);
      if (run?.key === key) continue;
      if (run) wordings.push({ ...run.wording, validTo: expression.versionDate });
      open.set(p.id, { wording: wordingOf(p, expression), key });
    }
    for (const [id, run] of open) {
      if (present.has(id)) continue;
      wordings.push({ ...run.wording, validTo: expression.versionDate });
      open.delete(id);
    }
  }
  return { wordings, validFrom: new Map([...open].map(([id, run]) => [id, run.wording.validFrom])) };
}

/** `p`'s wording as read from `expression`, open-ended until a later version closes it. */
function wordingOf(p: Provision, expression: Expression): Wording {
  return {
    id: wordingId(p.id, expression.language, expression.versionDate),
    provisionId: p.id,
    documentId: p.documentId,
    language: expression.language,
    expressionId: expression.id,
    validFrom: expression.versionDate,
    validTo: null,
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

/** Every version's events by id, a later version's reading of an event replacing an earlier one's; the newest's first. */
function mergeAmendments(versions: readonly IngestedDocument[]): Amendment[] {
  const byId = new Map<string, Amendment>();
  for (const v of versions.toReversed()) for (const a of v.amendments) if (!byId.has(a.id)) byId.set(a.id, a);
  return [...byId.values()];
}

/**
 * Between consecutive versions in different formats: a provision of the older one the newer lacks, or a provision of
 * the newer one the older lacks that no note of the newer marks as inserted (itself or an ancestor).
 */
function eIdMismatches(versions: readonly IngestedDocument[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (let i = 1; i < versions.length; i++) {
    const [older, newer] = [versions[i - 1], versions[i]] as [IngestedDocument, IngestedDocument];
    const [from, to] = [versionOf(older), versionOf(newer)];
    if (from.format === to.format) continue;
    const inOlder = new Set(older.provisions.map((p) => p.id));
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
    for (const p of older.provisions) {
      if (!inNewer.has(p.id))
        diagnostics.push(
          mismatch(p, `(${from.versionDate}, ${from.format}) has no counterpart in the version of ${to.versionDate} (${to.format})`),
        );
    }
    for (const p of newer.provisions) {
      if (!inOlder.has(p.id) && !insertedWithin(p.id)) {
        diagnostics.push(
          mismatch(
            p,
            `(${to.versionDate}, ${to.format}) is absent from the version of ${from.versionDate} (${from.format}) and no note inserts it`,
          ),
        );
      }
    }
  }
  return diagnostics;
}

/** Code-unit order, as the stores sort */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
