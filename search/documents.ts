/**
 * Search documents: the units a search returns, at the level analysts read.
 * - In a code, one per article: its heading, and its own text and every part, subparagraph and
 *   paragraph below it as passages (snippets are cut from the passage that matches). And one per
 *   subparagraph of the definitions article, headed by the term it defines, so a query naming a
 *   defined term finds its definition ahead of the dozens of articles that use the term.
 * - In the other kinds (policy papers, articles, textbooks), one per provision that carries
 *   text, the nearest heading above it standing as its heading.
 * Every search document carries the document id and kind, the chapter number and the
 * section/chapter headings above it, the status and the provision id. Engine-neutral: every
 * adapter indexes these.
 */
import type { DocumentKind, Provision, ProvisionStatus, SourceSpan } from '../model/index.ts';
import { DEFINITIONS_HEADING, definedTermOf } from '../text/index.ts';
import { contentTerms, type TextAnalyzer } from './analyzer/index.ts';
import type { IndexableDocument } from './port.ts';

/** A piece of text a snippet can be cut from, with the provision it belongs to. */
export interface Passage {
  provisionId: string;
  text: string;
}

export interface SearchDocument {
  /** The provision id, which is also the search document's id */
  id: string;
  documentId: string;
  kind: DocumentKind;
  eId: string;
  status: ProvisionStatus;
  /** Number of the enclosing chapter (тарау, or a textbook topic), if any */
  chapter: string | null;
  /** Headings of the enclosing sections and chapters, outermost first */
  path: string[];
  heading: string;
  /**
   * Whether the heading is that of a provision above (outside codes a paragraph takes the nearest
   * heading above it) rather than the search document's own
   */
  headingInherited: boolean;
  /** Whether this is a definition, headed by the term it defines (absent in indexes written before definitions were) */
  definition?: boolean;
  /** Terms its passages define in a sentence (`… дегеніміз – …`, `… деп түсініледі`), when any */
  definedTerms?: string[];
  passages: Passage[];
  source: SourceSpan;
}

/** Provision types that group content rather than hold it: their headings feed the `path` of what lies below. */
const CONTAINERS = new Set<Provision['type']>(['section', 'chapter', 'topic']);
const CHAPTERS = new Set<Provision['type']>(['chapter', 'topic']);

/** The body of a search document (its passages joined), the field engines index beside the heading. */
export function bodyText(doc: SearchDocument): string {
  return doc.passages.map((p) => p.text).join('\n');
}

export function buildSearchDocuments({ document, provisions, terms = [] }: IndexableDocument): SearchDocument[] {
  const byId = new Map(provisions.map((p) => [p.id, p]));
  const termsBy = new Map<string, string[]>();
  for (const t of terms) termsBy.set(t.definitionId, [...(termsBy.get(t.definitionId) ?? []), t.term]);
  /** The terms a search document's passages define, set only where there are some (the index file stays as it was elsewhere). */
  const withTerms = (sd: SearchDocument): SearchDocument => {
    const defined = sd.definition ? [] : sd.passages.flatMap((p) => termsBy.get(p.provisionId) ?? []);
    return defined.length > 0 ? { ...sd, definedTerms: defined } : sd;
  };
  const ancestors = (p: Provision): Provision[] => {
    const chain: Provision[] = [];
    for (let at = p.parentId ? byId.get(p.parentId) : undefined; at; at = at.parentId ? byId.get(at.parentId) : undefined)
      chain.unshift(at);
    return chain;
  };
  const base = (p: Provision, heading: string, passages: Passage[], headingInherited = false): SearchDocument => {
    const above = ancestors(p);
    return {
      id: p.id,
      documentId: document.id,
      kind: document.kind,
      eId: p.eId,
      status: p.status,
      chapter: above.filter((a) => CHAPTERS.has(a.type)).at(-1)?.num ?? null,
      path: above.filter((a) => CONTAINERS.has(a.type) && a.heading).map((a) => a.heading ?? ''),
      heading,
      headingInherited,
      passages,
      source: p.source,
    };
  };

  if (document.kind === 'code') {
    const passagesOf = new Map<string, Passage[]>();
    const articleOf = (p: Provision): Provision | undefined => ancestors(p).find((a) => a.type === 'article');
    const termOf = (p: Provision): string | null => {
      const article = articleOf(p);
      return p.type === 'subparagraph' && article && DEFINITIONS_HEADING.test(article.heading ?? '') ? definedTermOf(p.text) : null;
    };
    const definitions = provisions.flatMap((p) => {
      const term = termOf(p);
      return term ? [{ ...base(p, term, [{ provisionId: p.id, text: p.text }]), definition: true }] : [];
    });
    const defined = new Set(definitions.map((d) => d.id));
    for (const p of provisions) {
      const article = p.type === 'article' ? p : articleOf(p);
      // A definition is searched as its own document, not again inside the definitions article.
      if (!article || !p.text || defined.has(p.id)) continue;
      const list = passagesOf.get(article.id) ?? [];
      list.push({ provisionId: p.id, text: p.text });
      passagesOf.set(article.id, list);
    }
    const articles = provisions.filter((p) => p.type === 'article');
    return [...articles.map((a) => withTerms(base(a, a.heading ?? '', passagesOf.get(a.id) ?? []))), ...definitions];
  }

  // Outside codes a heading node is a search document too (a topic title is what some queries name).
  const searched = provisions.filter((p) => p.text || (p.heading && !CONTAINERS.has(p.type)));
  // The first passage under a numbered section heading (`2. … жіктелуі.`) is what the heading
  // introduces: it carries the heading as its own, the passages after it as inherited context.
  const opening = new Set<string>();
  const seenParents = new Set<string>();
  for (const p of searched) {
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    if (!parent || seenParents.has(parent.id)) continue;
    seenParents.add(parent.id);
    if (parent.type === 'section' && parent.num !== null && parent.heading && !p.heading && p.text) opening.add(p.id);
  }
  return searched.map((p) => {
    const heading =
      p.heading ??
      ancestors(p)
        .reverse()
        .find((a) => a.heading)?.heading ??
      '';
    return withTerms(base(p, heading, p.text ? [{ provisionId: p.id, text: p.text }] : [], !p.heading && !opening.has(p.id)));
  });
}

/**
 * Whether a query names exactly the term a definition defines, or one a sentence of the text defines (its content terms, definition cues
 * already left out by the query plan): such a definition answers the query before any text using the term.
 */
export function namesDefinedTerm(
  analyzer: TextAnalyzer,
  doc: Pick<SearchDocument, 'definition' | 'heading' | 'definedTerms'>,
  queryTerms: readonly string[],
): boolean {
  const key = (terms: readonly string[]): string => [...new Set(terms)].sort().join(' ');
  const asked = key(queryTerms);
  const defines = (term: string): boolean => key(contentTerms(analyzer.analyze(term))) === asked;
  return doc.definition ? defines(doc.heading) : (doc.definedTerms ?? []).some(defines);
}
