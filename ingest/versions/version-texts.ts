/**
 * A work's versions rebuilt from its timeline (timeline.ts), one per expression in the document's language, for
 * comparison: of each provision, in the version of date D, its own wording when in force from D or earlier
 * (`validFrom`), else its wording over [validFrom, validTo) covering D, else nothing (absent from that version). A
 * provision the newest version lacks is read from its wordings alone. Each version carries the notes dated on or
 * before it (and the undated ones): a consolidated text prints every note up to its date.
 */
import { parseProvisionId, type IngestedDocument, type Provision, type Wording } from '../../model/index.ts';
import type { VersionText } from './compare.ts';

/** What a timeline holds: an ingested one, or a work read back from a graph store (app/versions.ts). */
export type Timeline = Pick<IngestedDocument, 'document' | 'expressions' | 'provisions' | 'wordings' | 'amendments' | 'acts'>;

/**
 * The versions of the timeline in its document's language, oldest first (one for a single text); only those of the
 * version dates given, when `dates` is.
 */
export function versionTexts(timeline: Timeline, dates?: readonly string[]): VersionText[] {
  const language = timeline.document.language;
  const held = timeline.expressions.filter((e) => e.language === language);
  const expressions = dates ? held.filter((e) => dates.includes(e.versionDate)) : held;
  const newest = held.at(-1)?.versionDate ?? '';
  const wordings = new Map<string, Wording[]>();
  for (const w of timeline.wordings.filter((x) => x.language === language))
    wordings.set(w.provisionId, [...(wordings.get(w.provisionId) ?? []), w]);
  const current = new Set(timeline.provisions.map((p) => p.id));
  // A provision the newest version lacks: its place taken from its last wording.
  const dropped = [...wordings.entries()]
    .filter(([id]) => !current.has(id))
    .flatMap(([id, list]) => {
      const eId = parseProvisionId(id)?.eId;
      const last = list.at(-1);
      return eId && last ? [{ provision: asProvision({ id, eId, documentId: last.documentId }, last), wordings: list }] : [];
    });
  const droppedIds = new Set(dropped.map((d) => d.provision.id));
  const actDates = new Map(timeline.acts.map((a) => [a.id, a.date]));
  return expressions.map((expression) => {
    const date = expression.versionDate;
    const covering = (list: readonly Wording[] | undefined) =>
      list?.find((w) => w.validFrom <= date && (w.validTo === null || date < w.validTo));
    const provisions = timeline.provisions.flatMap((p) => {
      if ((p.validFrom ?? newest) <= date) return [p];
      const w = covering(wordings.get(p.id));
      return w ? [asProvision(p, w)] : [];
    });
    for (const d of dropped) {
      const w = covering(d.wordings);
      if (w) provisions.push(asProvision(d.provision, w));
    }
    return {
      document: { ...timeline.document, consolidatedAsOf: date, format: expression.format, file: expression.file },
      provisions: dropped.length === 0 ? provisions : inDocumentOrder(provisions, droppedIds),
      amendments: timeline.amendments.filter((a) => {
        const noted = a.effectiveFrom ?? actDates.get(a.actId) ?? null;
        return noted === null || noted <= date;
      }),
      acts: timeline.acts,
      expressions: [expression],
    };
  });
}

/**
 * A version's provisions in its document order: parents before children; siblings in the order given (the newest
 * version's document order), but for those read from their wordings alone (`fromWordings`), each of which goes to its
 * ordinal among them: its ordinal is its place in the version that last held it, while its siblings' ordinals closed up
 * behind it in the newest version. A provision whose parent is absent goes to the top.
 */
export function inDocumentOrder<T extends Pick<Provision, 'id' | 'parentId' | 'ordinal'>>(
  provisions: readonly T[],
  fromWordings: ReadonlySet<string>,
): T[] {
  const children = new Map<string | null, T[]>();
  const ids = new Set(provisions.map((p) => p.id));
  const siblingsOf = (p: T) => {
    const parent = p.parentId !== null && ids.has(p.parentId) ? p.parentId : null;
    const list = children.get(parent) ?? [];
    children.set(parent, list);
    return list;
  };
  for (const p of provisions) if (!fromWordings.has(p.id)) siblingsOf(p).push(p);
  // Lowest ordinal first, so each one's ordinal counts the siblings placed before it.
  for (const p of provisions.filter((x) => fromWordings.has(x.id)).sort((a, b) => a.ordinal - b.ordinal)) {
    const siblings = siblingsOf(p);
    siblings.splice(Math.min(p.ordinal, siblings.length), 0, p);
  }
  const out: T[] = [];
  const visit = (parent: string | null) => {
    for (const child of children.get(parent) ?? []) {
      out.push(child);
      visit(child.id);
    }
  };
  visit(null);
  return out;
}

/** A provision as one of its wordings reads. */
function asProvision(p: Pick<Provision, 'id' | 'eId' | 'documentId'>, w: Wording): Provision {
  return {
    id: p.id,
    eId: p.eId,
    documentId: p.documentId,
    parentId: w.parentId,
    ordinal: w.ordinal,
    type: w.type,
    num: w.num,
    heading: w.heading,
    text: w.text,
    status: w.status,
    source: w.source,
    sourceAnchor: w.sourceAnchor ?? null,
    validFrom: w.validFrom,
  };
}
