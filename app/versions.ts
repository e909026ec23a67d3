/**
 * A work's versions as a graph store holds them, rebuilt for comparison: the newest version is the document's own
 * provisions; an earlier one (an expression of the document's language) is, of each provision, the wording in force on
 * its date (`validFrom ≤ date < validTo`), a provision without such a wording being absent from it. Every version
 * carries the notes its date had seen (those dated on or before it, and the undated ones): a consolidated text prints
 * every note up to its date.
 */
import type { VersionText } from '../ingest/index.ts';
import type { GraphReader } from '../graph/port.ts';
import type { Act, Amendment, Document, Expression, Provision, Wording } from '../model/index.ts';

/** Amendments are read from the store this many at a time (the port's largest page). */
const PAGE = 100;

/** Everything needed to rebuild any version of one document, read once. */
export interface StoredWork {
  document: Document;
  /** The document's own expressions (its language), oldest first */
  expressions: Expression[];
  provisions: Provision[];
  /** Per provision id: its wordings in the document's language, oldest first */
  wordings: Map<string, Wording[]>;
  amendments: Amendment[];
  acts: Act[];
}

/** The work of `documentId` as stored, or null when the store does not hold it. */
export async function readStoredWork(reader: GraphReader, documentId: string): Promise<StoredWork | null> {
  const [document] = await reader.getDocuments([documentId]);
  if (!document) return null;
  const [expressions, [provisions = []], amendments] = await Promise.all([
    reader.getExpressions(documentId),
    reader.provisionsOfDocuments([documentId]),
    allAmendments(reader, documentId),
  ]);
  const lists = await reader.getWordings(provisions.map((p) => p.id));
  const wordings = new Map(provisions.map((p, i) => [p.id, (lists[i] ?? []).filter((w) => w.language === document.language)]));
  const acts = (await reader.getActs([...new Set(amendments.map((a) => a.actId))])).filter((a): a is Act => a !== null);
  return { document, expressions: expressions.filter((e) => e.language === document.language), provisions, wordings, amendments, acts };
}

async function allAmendments(reader: GraphReader, documentId: string): Promise<Amendment[]> {
  const out: Amendment[] = [];
  for (let after: string | null = null; ;) {
    const page = await reader.findAmendments({ documentId }, { first: PAGE, after });
    out.push(...page.items);
    if (!page.hasNextPage || page.items.length === 0) return out;
    after = page.items.at(-1)?.id ?? null;
  }
}

/** The expression in force on `date`: the newest one dated on or before it; null before the first. */
export function expressionAt(work: StoredWork, date: string): Expression | null {
  return work.expressions.filter((e) => e.versionDate <= date).at(-1) ?? null;
}

/** The version of `expression`: its provisions, and the notes dated on or before it. */
export function versionOf(work: StoredWork, expression: Expression): VersionText {
  const newest = work.expressions.at(-1);
  const provisions =
    expression === newest || newest === undefined
      ? work.provisions
      : work.provisions.flatMap((p) => {
          const w = work.wordings
            .get(p.id)
            ?.find((x) => x.validFrom <= expression.versionDate && (x.validTo === null || expression.versionDate < x.validTo));
          return w ? [asProvision(p, w)] : [];
        });
  const actDates = new Map(work.acts.map((a) => [a.id, a.date]));
  const amendments = work.amendments.filter((a) => {
    const date = a.effectiveFrom ?? actDates.get(a.actId) ?? null;
    return date === null || date <= expression.versionDate;
  });
  return {
    document: { ...work.document, consolidatedAsOf: expression.versionDate, format: expression.format, file: expression.file },
    provisions,
    amendments,
    acts: work.acts,
    expressions: [expression],
  };
}

/** A provision as a wording of it reads. */
function asProvision(p: Provision, w: Wording): Provision {
  return {
    ...p,
    parentId: w.parentId,
    ordinal: w.ordinal,
    type: w.type,
    num: w.num,
    heading: w.heading,
    text: w.text,
    status: w.status,
    source: w.source,
    sourceAnchor: w.sourceAnchor ?? null,
  };
}
