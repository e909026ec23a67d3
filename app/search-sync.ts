/**
 * Keep a search index in step with the ingested corpus: re-index only the documents whose text
 * (sha256) changed, that the index lacks, or that were parsed anew; drop the documents no longer
 * ingested. Provisions and their wordings in other languages are read only for the documents to re-index, so an
 * up-to-date index costs one listing at start-up, whatever the corpus size.
 */
import type { Document, Provision, Wording } from '../model/index.ts';
import type { SearchIndex } from '../search/index.ts';

/** The ingested corpus as the sync reads it (the graph store holds it). */
export interface IndexSource {
  documents: readonly Document[];
  /** Per document id, its provisions in document order */
  provisionsOf(documentIds: readonly string[]): Promise<Provision[][]>;
  /** The wordings other than the provisions' own (other languages, earlier versions), one list per provision id */
  wordingsOf(provisionIds: readonly string[]): Promise<Wording[][]>;
  /** Documents parsed anew from the same text (a new pipeline keeps the sha256): re-indexed too */
  reparsed?: ReadonlySet<string>;
}

export interface SearchSync {
  /** Ids of the documents (re-)indexed */
  indexed: string[];
  /** Ids of the documents dropped from the index */
  removed: string[];
}

export async function syncSearchIndex(index: SearchIndex, source: IndexSource): Promise<SearchSync> {
  const held = new Map((await index.indexedVersions()).map((v) => [v.documentId, v.sha256]));
  const changed = source.documents.filter((d) => held.get(d.id) !== d.sha256 || source.reparsed?.has(d.id));
  const current = new Set(source.documents.map((d) => d.id));
  const removed = [...held.keys()].filter((id) => !current.has(id));
  if (changed.length > 0) {
    const provisions = await source.provisionsOf(changed.map((d) => d.id));
    const wordings = await Promise.all(provisions.map(async (list = []) => (await source.wordingsOf(list.map((p) => p.id))).flat()));
    await index.upsertDocuments(changed.map((document, i) => ({ document, provisions: provisions[i] ?? [], wordings: wordings[i] ?? [] })));
  }
  if (removed.length > 0) await index.removeDocuments(removed);
  return { indexed: changed.map((d) => d.id), removed };
}
