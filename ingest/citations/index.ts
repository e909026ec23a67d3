/**
 * Citations stage: find references in each provision's text, then resolve them against the
 * corpus. Public surface: findReferences, expandChains, resolveReferences, extractCitations.
 */
import type { Act } from '../../graph/model.ts';
import type { CitationSite, CitationsResult, CorpusLookup } from '../stages.ts';
import { findReferences } from './find.ts';
import { resolveReferences } from './resolve.ts';

export { findReferences, type Anchor, type FoundGroup, type FoundItem, type FoundReference } from './find.ts';
export { expandChains, MAX_RANGE_MEMBERS, type ExpandedTarget } from './expand.ts';
export { resolveReferences } from './resolve.ts';

/** Citations, mentions, cited acts (one per id) and doubts of every site, in site order. */
export function extractCitations(sites: readonly CitationSite[], lookup: CorpusLookup): CitationsResult {
  const result: CitationsResult = { citations: [], mentions: [], acts: [], diagnostics: [] };
  const acts = new Map<string, Act>();
  for (const site of sites) {
    const one = resolveReferences(findReferences(site.text.text), site, lookup);
    result.citations.push(...one.citations);
    result.mentions.push(...one.mentions);
    result.diagnostics.push(...one.diagnostics);
    for (const act of one.acts) if (!acts.has(act.id)) acts.set(act.id, act);
  }
  result.acts = [...acts.values()];
  return result;
}
