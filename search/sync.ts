/**
 * Keep a search index in step with the ingested corpus: re-index only the documents whose text
 * (sha256) changed or that the index lacks, and drop the documents no longer ingested.
 */
import type { IndexableDocument, SearchIndex } from './port.ts';

export interface SearchSync {
  /** Ids of the documents (re-)indexed */
  indexed: string[];
  /** Ids of the documents dropped from the index */
  removed: string[];
}

export async function syncSearchIndex(index: SearchIndex, documents: readonly IndexableDocument[]): Promise<SearchSync> {
  const held = new Map((await index.indexedVersions()).map((v) => [v.documentId, v.sha256]));
  const changed = documents.filter((d) => held.get(d.document.id) !== d.document.sha256);
  const current = new Set(documents.map((d) => d.document.id));
  const removed = [...held.keys()].filter((id) => !current.has(id));
  if (changed.length > 0) await index.upsertDocuments(changed);
  if (removed.length > 0) await index.removeDocuments(removed);
  return { indexed: changed.map((d) => d.document.id), removed };
}
