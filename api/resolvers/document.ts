/** Query.documents, Query.document and the Document type. */
import type { ApiContext, Resolvers } from '../context.ts';
import { enumResolver } from '../enums.ts';
import { readIn, type ReadDocument } from '../reading-language.ts';
import { findDocumentId } from '../references.ts';
import type { Document, DocumentKind, ProvisionType } from '../../model/index.ts';

const DOCUMENT_KINDS: Record<DocumentKind, true> = { code: true, law: true, policy: true, article: true, textbook: true };

export const resolvers: Resolvers = {
  Query: {
    documents: (_: unknown, __: unknown, { graph }: ApiContext) => graph.listDocuments(),
    document: async (_: unknown, { id, language }: { id: string; language?: string | null }, context: ApiContext) => {
      const found = await findDocumentId(context, id);
      const doc = found ? await context.loaders.document.load(found) : null;
      if (!doc || !language || language === doc.language) return doc;
      // Another language: only when the document holds its newest version in it (an expression of that language and date).
      const expressions = await context.graph.getExpressions(doc.id);
      const newest = expressions.reduce((date, e) => (e.versionDate > date ? e.versionDate : date), '');
      const held = expressions.some((e) => e.language === language && e.versionDate === newest);
      return held ? { ...doc, readIn: language } : null;
    },
  },
  // JOURNAL_ARTICLE renamed ARTICLE (a бап in ProvisionType); the old name stays as a deprecated input.
  DocumentKind: { ...enumResolver(DOCUMENT_KINDS), JOURNAL_ARTICLE: 'article' },
  Document: {
    language: (doc: ReadDocument) => doc.readIn ?? doc.language,
    articles: async (doc: ReadDocument, _: unknown, { loaders }: ApiContext) => readIn(await loaders.articles.load(doc.id), doc.readIn),
    children: async (doc: ReadDocument, _: unknown, { loaders }: ApiContext) => readIn(await loaders.roots.load(doc.id), doc.readIn),
    provisions: async (doc: ReadDocument, { type }: { type: ProvisionType | null }, { graph }: ApiContext) => {
      const [list = []] = await graph.provisionsOfDocuments([doc.id], type);
      return readIn(list, doc.readIn);
    },
    act: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.act.load(doc.id),
    relations: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.relationsOfDocument.load(doc.id),
    editorialNotes: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.notesOfDocument.load(doc.id),
    references: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.citationsOfDocument.load(doc.id),
    mentions: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.mentionsOfDocument.load(doc.id),
    diagnostics: (doc: Document, _: unknown, { loaders }: ApiContext) => loaders.diagnosticsOfDocument.load(doc.id),
  },
};
