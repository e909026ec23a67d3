/**
 * Relations a text states between its document and an act it names, found by phrases (data) next to the
 * act's name:
 * - `after`: the phrase follows the name (`… тұжырымдамасының жобасына альтернативті ұсыныстар`, alternative
 *   proposals to the draft Concept: the paper responds to the draft);
 * - `listEnd`: the phrase closes the list the name stands in (`1) «…» Заңының …; 2) «…» Заңының … күші жойылды деп
 *   танылсын`, be deemed to have lost force: the code repeals both laws), the list being a part and its
 *   subparagraphs, read in document order.
 */
import { type DocumentRelation, type DocumentRelationType, type SourceSpan, relationId } from '../../model/index.ts';
import type { CitationSite } from '../stages.ts';
import type { FoundReference } from './find.ts';
import { spanAt } from '../normalize.ts';

export interface RelationPhrase {
  type: DocumentRelationType;
  where: 'after' | 'listEnd';
  phrase: RegExp;
}

export const RELATION_PHRASES: readonly RelationPhrase[] = [
  { type: 'respondsTo', where: 'after', phrase: /^\s*альтернативті\s+ұсыныстар/iu }, // alternative proposals (to the act named)
  { type: 'repeals', where: 'listEnd', phrase: /күші\s+жойылды\s+деп\s+танылсын/iu }, // be deemed to have lost force
];

/** A named act and where it stands, as the relation finder needs it. */
export interface NamedAct {
  actId: string;
  raw: string;
  source: SourceSpan;
}

/** Collects a document's relations, one per type and act, in the order they are first stated. */
export class RelationCollector {
  readonly relations: DocumentRelation[] = [];
  private listKey: string | null = null;
  private list: NamedAct[] = [];

  constructor(private readonly documentId: string) {}

  /** The acts named in one site, with the site's text, in document order. */
  read(site: CitationSite, found: readonly FoundReference[], actIdOf: (reference: FoundReference) => string | null): void {
    const named: NamedAct[] = [];
    for (const reference of found) {
      const actId = actIdOf(reference);
      if (!actId) continue;
      const act = { actId, raw: reference.raw, source: spanAt(site.text, reference.start, reference.end) };
      named.push(act);
      const after = site.text.text.slice(reference.end);
      for (const p of RELATION_PHRASES) if (p.where === 'after' && p.phrase.test(after)) this.add(p.type, act);
    }
    // A list is a part and its subparagraphs: a site of another article or part starts a new one.
    const key = `${site.place.article ?? ''}/${site.place.part ?? ''}`;
    if (key !== this.listKey) {
      this.listKey = key;
      this.list = [];
    }
    this.list.push(...named);
    for (const p of RELATION_PHRASES) {
      if (p.where !== 'listEnd' || !p.phrase.test(site.text.text)) continue;
      for (const act of this.list) this.add(p.type, act);
      this.list = [];
    }
  }

  add(type: DocumentRelationType, act: NamedAct): void {
    if (this.relations.some((r) => r.type === type && r.actId === act.actId)) return;
    const slug = act.actId.replace(/^\/akn\/[a-z]+\/act\//, '').replace(/[^\p{L}\p{N}-]+/gu, '_');
    this.relations.push({
      id: relationId(this.documentId, type, slug),
      documentId: this.documentId,
      type,
      actId: act.actId,
      raw: act.raw,
      source: act.source,
    });
  }
}

/** Relations a document's title states (`… тұжырымдамасының жобасына альтернативті ұсыныстар`); `source` is where the title is printed. */
export function titleRelations(
  documentId: string,
  title: string,
  source: SourceSpan,
  found: readonly FoundReference[],
): DocumentRelation[] {
  const collector = new RelationCollector(documentId);
  for (const reference of found) {
    if (reference.anchor.kind !== 'act') continue;
    const after = title.slice(reference.end);
    for (const p of RELATION_PHRASES)
      if (p.where === 'after' && p.phrase.test(after))
        collector.add(p.type, { actId: reference.anchor.act.id, raw: reference.raw, source });
  }
  return collector.relations;
}
