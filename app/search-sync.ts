/**
 * Keep a search index in step with the ingested corpus: re-index only the documents whose text
 * (sha256) changed, that the index lacks, or that were parsed anew; drop the documents no longer
 * ingested. A document's content (provisions, their wordings in other languages, amendments) is read only for the
 * documents to re-index, so an up-to-date index costs one listing at start-up, whatever the corpus size.
 */
import type { GraphReader } from '../graph/index.ts';
import type { Act, Document } from '../model/index.ts';
import type { IndexableDocument, SearchIndex } from '../search/index.ts';

/** What the index reads of one document besides the document itself. */
export type IndexContent = Omit<IndexableDocument, 'document'>;

/** The ingested corpus as the sync reads it (the graph store holds it). */
export interface IndexSource {
  documents: readonly Document[];
  /** Per document id, its provisions in document order, their other wordings, its amendments with their acts, its terms */
  contentOf(documentIds: readonly string[]): Promise<IndexContent[]>;
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
    const content = await source.contentOf(changed.map((d) => d.id));
    await index.upsertDocuments(changed.map((document, i) => ({ provisions: [], ...content[i], document })));
  }
  if (removed.length > 0) await index.removeDocuments(removed);
  return { indexed: changed.map((d) => d.id), removed };
}

/**
 * IndexSource.contentOf over a graph store: a document's amendments are those of its top-level provisions' subtrees;
 * its wordings, those of its provisions (the Russian text of an act, earlier versions); its terms, those it defines.
 */
export function graphContent(graph: GraphReader): IndexSource['contentOf'] {
  return async (documentIds) => {
    const [provisions, roots] = await Promise.all([graph.provisionsOfDocuments(documentIds), graph.rootsOfDocuments(documentIds)]);
    const [amendments, wordings, terms] = await Promise.all([
      Promise.all(roots.map(async (list) => (await graph.amendmentsOfProvisions(list.map((p) => p.id))).flat())),
      Promise.all(provisions.map(async (list) => (await graph.getWordings(list.map((p) => p.id))).flat())),
      graph.termsOfDocuments(documentIds),
    ]);
    const acts = (await graph.getActs([...new Set(amendments.flat().map((a) => a.actId))])).filter((a): a is Act => a !== null);
    return documentIds.map((_, i) => ({
      provisions: provisions[i] ?? [],
      wordings: wordings[i] ?? [],
      amendments: amendments[i] ?? [],
      acts,
      terms: terms[i] ?? [],
    }));
  };
}
