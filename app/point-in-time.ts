/**
 * Point-in-time reads over the graph store's versions (the timeline of ingest/versions): a provision's wordings as one
 * list of dated versions, the one in force on a date (or why there is none), the amendment events that produced each,
 * and the wordings just before and after an event. Every function reads through the port's batch reads, so the API's
 * resolvers stay thin and a request's loaders batch them.
 */
import { inDocumentOrder } from '../ingest/index.ts';
import { parseProvisionId, type Amendment, type Document, type Expression, type Provision, type Wording } from '../model/index.ts';

/** The reads a point-in-time answer needs (the API passes its per-request loaders). */
export interface VersionReads {
  document(id: string): Promise<Document | null>;
  provision(id: string): Promise<Provision | null>;
  wordings(provisionId: string): Promise<Wording[]>;
  expressions(documentId: string): Promise<Expression[]>;
  /** The document's provisions (its newest version), in document order */
  provisionsOfDocument(documentId: string): Promise<Provision[]>;
  /** Every wording the document holds, those of provisions its newest version no longer holds included */
  wordingsOfDocument(documentId: string): Promise<Wording[]>;
}

/** A provision as worded over [validFrom, validTo): the Provision's fields, so every Provision field answers for it too. */
export interface ProvisionVersion extends Provision {
  validFrom: string;
  /** Exclusive; null while in force */
  validTo: string | null;
  /** The expression the wording's text and source were read from */
  expressionId: string;
  /** The date asked for, when this version answers a point-in-time question */
  asOf?: string;
}

/** The version in force on a date, or why the provision had none. */
export type VersionAt = { version: ProvisionVersion } | { absent: string };

/** The document's versions: its expressions in its own language (those in other languages are translations), oldest first. */
export async function heldVersions(reads: VersionReads, documentId: string): Promise<Expression[]> {
  const [document, expressions] = await Promise.all([reads.document(documentId), reads.expressions(documentId)]);
  return expressions.filter((e) => e.language === document?.language);
}

/** Every version of the provision `id` in its document's language, oldest first: its earlier wordings, then its own. */
export async function versionsOf(reads: VersionReads, id: string): Promise<ProvisionVersion[]> {
  const parsed = parseProvisionId(id);
  if (!parsed) return [];
  const [provision, wordings, held] = await Promise.all([reads.provision(id), reads.wordings(id), heldVersions(reads, parsed.documentId)]);
  return versionsFrom(id, parsed.eId, provision, wordings, held);
}

/** The versions of the provision `id` (`eId`) from its stored provision, if the newest version holds it, and its wordings. */
function versionsFrom(
  id: string,
  eId: string,
  provision: Provision | null,
  wordings: readonly Wording[],
  held: readonly Expression[],
): ProvisionVersion[] {
  const language = held.at(-1)?.language;
  const versions: ProvisionVersion[] = wordings
    .filter((w) => w.language === language)
    .map((w) => ({
      id,
      eId,
      documentId: w.documentId,
      parentId: w.parentId,
      ordinal: w.ordinal,
      type: w.type,
      num: w.num,
      heading: w.heading,
      text: w.text,
      status: w.status,
      source: w.source,
      ...(w.sourceAnchor ? { sourceAnchor: w.sourceAnchor } : {}),
      validFrom: w.validFrom,
      validTo: w.validTo,
      expressionId: w.expressionId,
    }));
  if (provision) {
    // Read from the newest version; a single text's provision carries no validFrom: it is worded as of that text's date.
    const newest = held.at(-1);
    versions.push({
      ...provision,
      validFrom: provision.validFrom ?? newest?.versionDate ?? '',
      validTo: null,
      expressionId: newest?.id ?? '',
    });
  }
  return versions;
}

/** Of a provision's versions, the one in force on `date`. */
function inForceOn(versions: readonly ProvisionVersion[], date: string): ProvisionVersion | undefined {
  return versions.find((v) => v.validFrom <= date && (v.validTo === null || date < v.validTo));
}

/** The version of the provision `id` in force on `date` (a full ISO date), or the reason it had none. */
export async function versionAt(reads: VersionReads, id: string, date: string): Promise<VersionAt> {
  const parsed = parseProvisionId(id);
  const versions = await versionsOf(reads, id);
  const found = inForceOn(versions, date);
  if (found) return { version: { ...found, asOf: date } };
  const held = parsed ? await heldVersions(reads, parsed.documentId) : [];
  const first = versions[0];
  const earliest = held[0]?.versionDate;
  if (!first) return { absent: 'it is in no version held' };
  if (earliest !== undefined && date < earliest) return { absent: `${date} is before the earliest version held (${earliest})` };
  if (date < first.validFrom) return { absent: `not yet in the text on ${date}: it first appears in the version of ${first.validFrom}` };
  const last = versions.filter((v) => v.validTo !== null && v.validTo <= date).at(-1);
  return { absent: `no longer in the text on ${date}: it is absent from the version of ${last?.validTo ?? date}` };
}

/**
 * The document as worded on `date`: every provision with a text that day, as worded then, in that day's document order;
 * those the newest version no longer holds, read from their wordings, in their place (parent, ordinal).
 */
export async function documentOn(reads: VersionReads, documentId: string, date: string): Promise<ProvisionVersion[]> {
  const [provisions, wordings, held] = await Promise.all([
    reads.provisionsOfDocument(documentId),
    reads.wordingsOfDocument(documentId),
    heldVersions(reads, documentId),
  ]);
  const wordingsOf = new Map<string, Wording[]>();
  for (const w of wordings) {
    const list = wordingsOf.get(w.provisionId);
    if (list) list.push(w);
    else wordingsOf.set(w.provisionId, [w]);
  }
  const current = new Set(provisions.map((p) => p.id));
  const dropped = new Set([...wordingsOf.keys()].filter((id) => !current.has(id)));
  const entries: [string, Provision | null][] = [
    ...provisions.map((p): [string, Provision] => [p.id, p]),
    ...[...dropped].map((id): [string, null] => [id, null]),
  ];
  const found = entries.flatMap(([id, provision]) => {
    const eId = provision?.eId ?? parseProvisionId(id)?.eId;
    const version = eId === undefined ? undefined : inForceOn(versionsFrom(id, eId, provision, wordingsOf.get(id) ?? [], held), date);
    return version ? [{ ...version, asOf: date }] : [];
  });
  return inDocumentOrder(found, dropped);
}

/**
 * The amendment events that produced `version`: those targeting the provision dated (effective date, else the act's
 * date) after the previous version began and no later than this one; for the first version held, every earlier one.
 */
export function producingEvents(
  version: ProvisionVersion,
  previous: ProvisionVersion | null,
  events: readonly Amendment[],
  actDate: (actId: string) => string | null,
): Amendment[] {
  return events.filter((a) => {
    if (a.targetId !== version.id) return false;
    const date = a.effectiveFrom ?? actDate(a.actId);
    return date !== null && date <= version.validFrom && (previous === null || date > previous.validFrom);
  });
}

/**
 * The target's wording in the last version held before the event's date and in the first held on or after it (null
 * when that side's version is not held, or the provision was absent from it: inserted, or removed).
 */
export async function aroundEvent(
  reads: VersionReads,
  event: Amendment,
  date: string | null,
): Promise<{ before: ProvisionVersion | null; after: ProvisionVersion | null }> {
  if (event.targetId === null || date === null) return { before: null, after: null };
  const held = await heldVersions(reads, event.documentId);
  const beforeDate = held.filter((e) => e.versionDate < date).at(-1)?.versionDate;
  const afterDate = held.find((e) => e.versionDate >= date)?.versionDate;
  const at = async (day: string | undefined) => {
    if (day === undefined) return null;
    const found = await versionAt(reads, event.targetId as string, day);
    return 'version' in found ? found.version : null;
  };
  const [before, after] = await Promise.all([at(beforeDate), at(afterDate)]);
  return { before, after };
}
