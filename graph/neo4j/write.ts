/**
 * Writes: one document per `executeWrite` transaction. The transaction first locks the
 * document's node (cypher.LOCK_DOCUMENT), then reads the stored content hash, deletes the old
 * subgraph and MERGEs the new one in UNWIND batches, so concurrent writes of one document run
 * one after the other, a retried function converges on the same graph, and readers see the old
 * version or the new one whole.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import * as cypher from './cypher.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { chunks, documentRows, referencedActIds } from './rows.ts';
import { checkWritable, contentHash, type WriteResult, type WriteStatus } from '../port.ts';
import { BACKEND, inTransaction, type Neo4jState } from './state.ts';

export async function writeDocument(state: Neo4jState, doc: IngestedDocument): Promise<WriteResult> {
  checkWritable(BACKEND, doc);
  const hash = contentHash(doc);
  const status = await inTransaction(state, `write ${doc.document.id}`, 'WRITE', (tx) => writeTransaction(state, tx, doc, hash));
  return { documentId: doc.document.id, status };
}

export async function removeDocument(state: Neo4jState, documentId: string): Promise<boolean> {
  return inTransaction(state, `remove ${documentId}`, 'WRITE', async (tx) => {
    const { previousHash, actIds } = await lockDocument(tx, documentId);
    await tx.run(cypher.DELETE_DOCUMENT_CONTENT, { documentId });
    // Also deletes the bare node the lock created when the document was not stored.
    await tx.run(cypher.DELETE_DOCUMENT_NODE, { documentId });
    if (previousHash === null) return false;
    await refreshActs(state, tx, actIds);
    return true;
  });
}

interface DocumentState {
  previousHash: string | null;
  hasDiagnostics: boolean;
  actIds: string[];
}

/** Takes the document's lock, then reads what the last committed write left. */
async function lockDocument(tx: ManagedTransaction, documentId: string): Promise<DocumentState> {
  await tx.run(cypher.LOCK_DOCUMENT, { documentId });
  const row = (await tx.run(cypher.DOCUMENT_STATE, { documentId })).records[0];
  return {
    previousHash: (row?.get('contentHash') as string | null | undefined) ?? null,
    hasDiagnostics: row?.get('hasDiagnostics') === true,
    actIds: (row?.get('actIds') as string[] | undefined) ?? [],
  };
}

async function writeTransaction(state: Neo4jState, tx: ManagedTransaction, doc: IngestedDocument, hash: string): Promise<WriteStatus> {
  const documentId = doc.document.id;
  const { previousHash, hasDiagnostics, actIds: previousActIds } = await lockDocument(tx, documentId);
  if (previousHash === hash && hasDiagnostics) return 'unchanged';
  await tx.run(cypher.DELETE_DOCUMENT_CONTENT, { documentId });

  const rows = documentRows(doc, hash);
  await tx.run(cypher.MERGE_DOCUMENT, { row: rows.document });
  const batches: [string, typeof rows.provisions][] = [
    [cypher.MERGE_PROVISIONS, rows.provisions],
    [cypher.LINK_PROVISION_PARENTS, rows.provisions.filter((r) => r.parentId !== null)],
    [cypher.MERGE_ACT_NAMES, rows.acts],
    [cypher.MERGE_AMENDMENTS, rows.amendments],
    [cypher.MERGE_CITATIONS, rows.citations],
    [cypher.MERGE_MENTIONS, rows.mentions],
    [cypher.MERGE_RELATIONS, rows.relations],
    [cypher.MERGE_EDITORIAL_NOTES, rows.editorialNotes],
    [cypher.MERGE_TERMS, rows.terms],
    [cypher.MERGE_EXPRESSIONS, rows.expressions],
    [cypher.MERGE_WORDINGS, rows.wordings],
  ];
  for (const [statement, all] of batches) {
    for (const batch of chunks(all, state.batchSize)) await tx.run(statement, { documentId, rows: batch });
  }
  await tx.run(cypher.LINK_CITATIONS_FROM_DOCUMENT, { documentId });
  await tx.run(cypher.LINK_CITATIONS_INTO_DOCUMENT, { documentId });
  await refreshActs(state, tx, [...new Set([...previousActIds, ...referencedActIds(doc)])]);
  return previousHash === null ? 'created' : 'replaced';
}

/** Acts whose names or amendments changed: drop the orphans, re-merge fields, copy dates onto amendments. */
async function refreshActs(state: Neo4jState, tx: ManagedTransaction, actIds: string[]): Promise<void> {
  for (const batch of chunks(actIds, state.batchSize)) {
    await tx.run(cypher.DELETE_ORPHAN_ACTS, { actIds: batch });
    await tx.run(cypher.MERGE_ACT_FIELDS, { actIds: batch });
    await tx.run(cypher.REFRESH_AMENDMENT_ACTS, { actIds: batch });
  }
}
