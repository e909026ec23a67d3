/**
 * A work's timeline as a graph store holds it, read back through the port: for comparison (the versions themselves are
 * rebuilt by the ingest's versionTexts), and whole enough to be extended by a newer version (an import, add-versions.ts).
 * Its wordings are read per document, so the provisions the newest version no longer holds are in the earlier versions
 * here as in the ingest's timeline.
 */
import type { HeldTimeline, Timeline } from '../ingest/index.ts';
import type { GraphReader } from '../graph/port.ts';
import type { Act, Amendment } from '../model/index.ts';

/** Amendments are read from the store this many at a time (the port's largest page). */
const PAGE = 100;

/** The timeline of `documentId` as stored, or null when the store does not hold the document. */
export async function readStoredTimeline(reader: GraphReader, documentId: string): Promise<Timeline | null> {
  const [document] = await reader.getDocuments([documentId]);
  if (!document) return null;
  const [expressions, [provisions = []], [wordings = []], amendments] = await Promise.all([
    reader.getExpressions(documentId),
    reader.provisionsOfDocuments([documentId]),
    reader.wordingsOfDocuments([documentId]),
    allAmendments(reader, documentId),
  ]);
  const acts = (await reader.getActs([...new Set(amendments.map((a) => a.actId))])).filter((a): a is Act => a !== null);
  return { document, expressions, provisions, wordings, amendments, acts };
}

/**
 * The timeline of `documentId` as it was written, to be extended (ingest's extendWork): its diagnostics, and the acts
 * it lists as it read them (the store's merged acts are other documents' readings too); null when not stored.
 */
export async function readHeldTimeline(reader: GraphReader, documentId: string): Promise<HeldTimeline | null> {
  const [timeline, [diagnostics = []], [acts = []]] = await Promise.all([
    readStoredTimeline(reader, documentId),
    reader.diagnosticsOfDocuments([documentId]),
    reader.actsOfDocuments([documentId]),
  ]);
  return timeline && { ...timeline, acts, diagnostics };
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
