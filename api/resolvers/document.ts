/** Query.documents, Query.document and the Document type. */
import type { ApiContext, Resolvers } from '../context.ts';
import { enumResolver } from '../enums.ts';
import { findDocumentId } from '../references.ts';
import { byDate, type DatedOrder } from '../order.ts';
import type { Document, DocumentKind, ProvisionType } from '../../model/index.ts';

const DOCUMENT_KINDS: Record<DocumentKind, true> = { code: true, law: true, policy: true, article: true, textbook: true };

export const resolvers: Resolvers = {
  Query: {
    documents: async (_: unknown, { order }: { order: DatedOrder }, { graph }: ApiContext) => byDate(await graph.listDocuments(), order),
    document: async (_: unknown, { id }: { id: string }, context: ApiContext) => {
      const found = await findDocumentId(context, id);
      return found ? context.loaders.document.load(found) : null;
    },
  },
  // JOURNAL_ARTICLE renamed ARTICLE (a бап in ProvisionType); the old name stays as a deprecated input.
  DocumentKind: { ...enumResolver(DOCUMENT_KINDS), JOURNAL_ARTICLE: 'article' },
  Document: {
    articles: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.articles.load(doc.id),
    children: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.roots.load(doc.id),
    provisions: async (doc: Document, { type }: { type: ProvisionType | null }, { graph }: ApiContext) => {
      const [list = []] = await graph.provisionsOfDocuments([doc.id], type);
      return list;
    },
    act: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.act.load(doc.id),
    relations: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.relationsOfDocument.load(doc.id),
    editorialNotes: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.notesOfDocument.load(doc.id),
    references: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.citationsOfDocument.load(doc.id),
    mentions: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.mentionsOfDocument.load(doc.id),
    diagnostics: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.diagnosticsOfDocument.load(doc.id),
  },
};
