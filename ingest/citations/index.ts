/**
 * Citations stage: find references in each provision's text, then resolve them against the
 * corpus. Public surface: findReferences, expandChains, resolveReferences, extractCitations, relationsOfTitle.
 */
import type { Document, DocumentRelation, SourceSpan } from '../../model/index.ts';
import { ActSet } from '../amendments/acts.ts';
import type { CitationSite, CitationsResult, CorpusLookup } from '../stages.ts';
import { ReferenceContext } from './context.ts';
import { findReferences } from './find.ts';
import { findRussianReferences } from './find-ru.ts';
import { RelationCollector, titleRelations } from './relations.ts';
import { resolveReferences } from './resolve.ts';

export { findReferences, type Anchor, type FindOptions, type FoundGroup, type FoundItem, type FoundReference } from './find.ts';
export { expandChains, MAX_RANGE_MEMBERS, type ExpandedTarget } from './expand.ts';
export { resolveReferences } from './resolve.ts';
export { ReferenceContext } from './context.ts';
export { RELATION_PHRASES, type RelationPhrase } from './relations.ts';

/**
 * Citations, mentions, cited acts (one per id), relations and doubts of every site, in site order.
 * Sites are read in document order, so a reference that does not name its act can take it from the text before it.
 * `language` is the text's: the Russian text of an act has its own finder (find-ru.ts), the same resolver.
 */
export function extractCitations(sites: readonly CitationSite[], lookup: CorpusLookup, language = 'kk'): CitationsResult {
  const result: CitationsResult = { citations: [], mentions: [], acts: [], diagnostics: [], relations: [] };
  const acts = new ActSet();
  const contexts = new Map<string, ReferenceContext>();
  const relations = new Map<string, RelationCollector>();
  for (const site of sites) {
    const context = contexts.get(site.documentId) ?? new ReferenceContext();
    contexts.set(site.documentId, context);
    const collector = relations.get(site.documentId) ?? new RelationCollector(site.documentId);
    relations.set(site.documentId, collector);
    const found =
      language === 'ru'
        ? findRussianReferences(site.text.text)
        : findReferences(site.text.text, { generic: site.actsFromContext === true });
    const one = resolveReferences(found, site, lookup, context);
    collector.read(site, found, (r) => (r.anchor.kind === 'act' ? r.anchor.act.id : null));
    result.citations.push(...one.citations);
    result.mentions.push(...one.mentions);
    result.diagnostics.push(...one.diagnostics);
    for (const act of one.acts) acts.add(act);
  }
  result.acts = acts.list();
  result.relations = [...relations.values()].flatMap((c) => c.relations);
  return result;
}

/** Relations a document's title states, such as a policy paper's `respondsTo` the draft it answers; `source` is where the title is printed. */
export function relationsOfTitle(document: Document, source: SourceSpan): DocumentRelation[] {
  return titleRelations(document.id, document.title, source, findReferences(document.title));
}
