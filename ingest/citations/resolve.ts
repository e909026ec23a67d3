/**
 * Resolve found references against the place they stand in and the corpus (eyecite's resolve step):
 * each target becomes a Citation pointing at a provision when the cited act's text is in the corpus;
 * each named act without a chain becomes an ActMention. In texts that quote acts, a reference that does
 * not name its act takes it from the text before it (context.ts).
 */
import { type CitationRef, cleanNum, codeEId, mentionId, citationId } from '../../model/index.ts';
import { toAct } from '../acts/lookup.ts';
import type { ActEntry } from '../acts/registry.ts';
import { spanAt } from '../normalize.ts';
import type { CitationSite, CitationsResult, CorpusLookup, Place } from '../stages.ts';
import { ReferenceContext } from './context.ts';
import { EMPTY_REF, expandChains } from './expand.ts';
import type { Anchor, FoundReference } from './find.ts';
import { UNIT_PATH } from './tokens.ts';

/** The act a reference cites: named at it, the site's own act, taken from the context, or none. */
type CitedAct = { entry: ActEntry; fromContext: boolean } | { id: string; fromContext: false } | null;

/**
 * Citations, mentions, named acts and doubts of one site's found references. `context` carries what the
 * text named before this site; resolving updates it. Without one, a site starts with an empty context.
 */
export function resolveReferences(
  found: readonly FoundReference[],
  site: CitationSite,
  lookup: CorpusLookup,
  context = new ReferenceContext(),
): CitationsResult {
  const result: CitationsResult = { citations: [], mentions: [], acts: [], diagnostics: [] };
  const file = site.text.source.file;
  const quoting = site.actsFromContext === true;
  if (quoting) context.enter(site);
  for (const reference of found) {
    const source = spanAt(site.text, reference.start, reference.end);
    const doubt = (reason: string, rule: string) =>
      result.diagnostics.push({ reason: `${reason}: \`${reference.raw}\``, file, line: source.startLine, rule, fatal: false });
    const { anchor } = reference;
    const cited = citedAct(anchor, site, context);
    // A generic word with nothing named before it is prose (`кодекс` in general), not a reference.
    if (anchor.kind === 'context' && !cited) continue;
    if (anchor.kind === 'self' && !cited && reference.chains.length === 0) {
      doubt('names `this act` where the text names no act of that kind before it', 'citation-no-act');
      continue;
    }
    if (cited && 'entry' in cited) {
      if (!result.acts.some((a) => a.id === cited.entry.id)) result.acts.push(toAct(cited.entry, lookup.documentOfAct(cited.entry.id)));
      if (anchor.kind === 'act') context.name(cited.entry);
      if (anchor.kind === 'act' && anchor.printedNumber && !sameNumber(anchor.printedNumber, cited.entry.number)) {
        doubt(
          `the text prints № ${anchor.printedNumber} for ${cited.entry.title}, whose number is ${cited.entry.number}; the act is taken by its title or date`,
          'act-number-mismatch',
        );
      }
      if (reference.chains.length === 0 && anchor.kind !== 'relative') {
        const id = mentionId(site.provisionId, result.mentions.length + 1);
        result.mentions.push({
          id,
          documentId: site.documentId,
          sourceId: site.provisionId,
          actId: cited.entry.id,
          raw: reference.raw,
          source,
          ...(cited.fromContext ? { actFromContext: true } : {}),
        });
        continue;
      }
    }
    const actId = cited ? ('entry' in cited ? cited.entry.id : cited.id) : null;
    let base = EMPTY_REF;
    if (anchor.kind === 'relative') {
      const relative = relativeBase(quoting ? context.quotedPlace() : site.place, anchor.unit);
      if (!relative) doubt(`relative reference outside any ${anchor.unit}`, 'citation-relative');
      base = relative ?? EMPTY_REF;
    }
    if (!actId) doubt(quoting ? 'reference names no act, and the text names none before it' : 'reference names no act', 'citation-no-act');
    const targets = reference.chains.length ? expandChains(reference.chains, base) : [{ ref: base, problem: null }];
    for (const target of targets) {
      if (target.problem) doubt(target.problem, 'citation-range');
      const { targetId, reason } = resolveTarget(actId, target.ref, lookup);
      if (actId && anchor.kind !== 'relative') context.cite(actId, target.ref.article, anchor.kind === 'none');
      result.citations.push({
        id: citationId(site.provisionId, result.citations.length + 1),
        documentId: site.documentId,
        sourceId: site.provisionId,
        raw: reference.raw,
        ref: target.ref,
        targetId,
        targetActId: actId,
        resolved: targetId !== null,
        unresolvedReason: reason,
        source,
        ...(cited?.fromContext ? { actFromContext: true } : {}),
      });
    }
  }
  return result;
}

/** A printed number agrees with a registered one when it is the same or its leading part (`416` of `416-V`); unknown numbers agree. */
function sameNumber(printed: string, registered: string | null): boolean {
  if (!registered) return true;
  const a = cleanNum(printed).toUpperCase();
  const b = registered.toUpperCase();
  return a === b || b.startsWith(`${a}-`);
}

/** Which act a reference's anchor names; in texts quoting acts, the context supplies what the anchor leaves open. */
function citedAct(anchor: Anchor, site: CitationSite, context: ReferenceContext): CitedAct {
  const fromContext = (entry: ActEntry | null): CitedAct => (entry ? { entry, fromContext: true } : null);
  const quoting = site.actsFromContext === true;
  switch (anchor.kind) {
    case 'act':
      return { entry: anchor.act, fromContext: false };
    case 'context':
      return quoting ? fromContext(context.ofKind(anchor.actKind)) : null;
    case 'self':
      return quoting ? fromContext(context.ofKind(anchor.actKind)) : { id: site.documentActId, fromContext: false };
    case 'relative':
      return quoting ? fromContext(context.forBareChain()) : { id: site.documentActId, fromContext: false };
    case 'none':
      return quoting ? fromContext(context.forBareChain()) : null;
  }
}

/** The levels of a place down to a relative anchor's unit (`осы бөліктің` = this article's this part), or null outside one. */
function relativeBase(place: Place, unit: keyof CitationRef): CitationRef | null {
  const ref: CitationRef = { ...EMPTY_REF };
  for (const level of UNIT_PATH[unit]) {
    const value = level === 'paragraph' ? null : place[level];
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
