/**
 * Resolve found references against the place they stand in and the corpus (eyecite's resolve step):
 * each target becomes a Citation pointing at a provision when the cited act's text is in the corpus;
 * each named act without a chain becomes an ActMention.
 */
import type { CitationRef } from '../../graph/model.ts';
import { toAct } from '../acts/lookup.ts';
import { codeEId } from '../ids.ts';
import { spanAt } from '../normalize.ts';
import type { CitationSite, CitationsResult, CorpusLookup } from '../stages.ts';
import { EMPTY_REF, expandChains } from './expand.ts';
import type { FoundReference } from './find.ts';
import { UNIT_PATH } from './tokens.ts';

/** Citations, mentions, named acts and doubts of one site's found references. */
export function resolveReferences(found: readonly FoundReference[], site: CitationSite, lookup: CorpusLookup): CitationsResult {
  const result: CitationsResult = { citations: [], mentions: [], acts: [], diagnostics: [] };
  const file = site.text.source.file;
  for (const reference of found) {
    const source = spanAt(site.text, reference.start, reference.end);
    const doubt = (reason: string, rule: string) => result.diagnostics.push({ reason: `${reason}: \`${reference.raw}\``, file, line: source.startLine, rule, fatal: false });
    const { anchor } = reference;
    if (anchor.kind === 'act') {
      if (!result.acts.some((a) => a.id === anchor.act.id)) result.acts.push(toAct(anchor.act, lookup.documentOfAct(anchor.act.id)));
      if (reference.chains.length === 0) {
        const id = `${site.provisionId}/!mention_${result.mentions.length + 1}`;
        result.mentions.push({ id, documentId: site.documentId, sourceId: site.provisionId, actId: anchor.act.id, raw: reference.raw, source });
        continue;
      }
    }
    const actId = anchor.kind === 'act' ? anchor.act.id : anchor.kind === 'none' ? null : site.documentActId;
    let base = EMPTY_REF;
    if (anchor.kind === 'relative') {
      const relative = relativeBase(site, anchor.unit);
      if (!relative) doubt(`relative reference outside any ${anchor.unit}`, 'citation-relative');
      base = relative ?? EMPTY_REF;
    }
    if (anchor.kind === 'none') doubt('reference names no act', 'citation-no-act');
    const targets = reference.chains.length ? expandChains(reference.chains, base) : [{ ref: base, problem: null }];
    for (const target of targets) {
      if (target.problem) doubt(target.problem, 'citation-range');
      const { targetId, reason } = resolveTarget(actId, target.ref, lookup);
      result.citations.push({
        id: `${site.provisionId}/!citation_${result.citations.length + 1}`,
        documentId: site.documentId,
        sourceId: site.provisionId,
        raw: reference.raw,
        ref: target.ref,
        targetId,
        targetActId: actId,
        resolved: targetId !== null,
        unresolvedReason: reason,
        source,
      });
    }
  }
  return result;
}

/** The levels of the site's place down to a relative anchor's unit (`осы бөліктің` = this article's this part), or null outside one. */
function relativeBase(site: CitationSite, unit: keyof CitationRef): CitationRef | null {
  const ref: CitationRef = { ...EMPTY_REF };
  for (const level of UNIT_PATH[unit]) {
    const value = level === 'paragraph' ? null : site.place[level];
    if (level === unit && !value) return null;
    ref[level] = value;
  }
  return ref;
}

function resolveTarget(actId: string | null, ref: CitationRef, lookup: CorpusLookup): { targetId: string | null; reason: string | null } {
  if (!actId) return { targetId: null, reason: 'no act named' };
  const documentId = lookup.documentOfAct(actId);
  if (!documentId) return { targetId: null, reason: 'act not in corpus' };
  const eId = codeEId(ref);
  if (!eId) return { targetId: null, reason: 'reference names no provision' };
  // The eId rules count a parent's own text as its абзац 1, so `бірінші абзац` of a part is the part's node.
  const parentEId = ref.paragraph === '1' ? codeEId({ ...ref, paragraph: null }) : null;
  const targetId = lookup.provision(documentId, eId) ?? (parentEId ? lookup.provision(documentId, parentEId) : null);
  return targetId ? { targetId, reason: null } : { targetId: null, reason: `no such provision in ${documentId}: ${eId}` };
}

