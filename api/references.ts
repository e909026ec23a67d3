/**
 * Human references accepted where the API takes a document, a provision or an act: besides ids,
 * a document's number (`350-VI`, Cyrillic `І` accepted) or short name (`ӘРПК`), a provision as
 * `${document reference}/~${eId}` (`ӘРПК/~art_22`), and an act's number (`241-VIII`).
 * This is the one place those references are resolved.
 */
import { cleanNum, parseProvisionId, provisionId } from '../model/index.ts';
import type { ApiContext } from './context.ts';
import { badInput, notFound } from './errors.ts';

/** The id of the document `ref` names (id, number or short name, any case), or null. */
export async function findDocumentId(context: ApiContext, ref: string): Promise<string | null> {
  if (await context.loaders.document.load(ref)) return ref;
  const wanted = ref.trim().toLowerCase();
  // Numbers compare as ids spell them: a Cyrillic І in the Roman numeral is the Latin I (`350-VІ` is `350-VI`).
  const number = cleanNum(ref).toLowerCase();
  const documents = await context.graph.listDocuments();
  const match = documents.find(
    (d) =>
      (d.number !== null && number !== '' && cleanNum(d.number).toLowerCase() === number) ||
      d.shortNames.some((n) => n.toLowerCase() === wanted),
  );
  return match?.id ?? null;
}

/** The id of the document `ref` names, or a NOT_FOUND error naming `argument`. */
export async function documentIdOf(context: ApiContext, ref: string, argument: string): Promise<string> {
  const id = await findDocumentId(context, ref);
  if (!id) throw notFound(argument, ref, 'Document');
  return id;
}

/**
 * The id of the provision `ref` names: a provision id, or `${document reference}/~${eId}` with the
 * document given by number or short name (`ӘРПК/~art_22`); null when none.
 */
export async function findProvisionId(context: ApiContext, ref: string): Promise<string | null> {
  if (await context.loaders.provision.load(ref)) return ref;
  const parts = parseProvisionId(ref.trim());
  if (!parts) return null;
  const documentId = await findDocumentId(context, parts.documentId);
  if (!documentId) return null;
  const id = provisionId(documentId, parts.eId);
  return (await context.loaders.provision.load(id)) ? id : null;
}

/** The id of the provision `ref` names, or a NOT_FOUND error naming `argument`. */
export async function provisionIdOf(context: ApiContext, ref: string, argument: string): Promise<string> {
  const id = await findProvisionId(context, ref);
  if (!id) throw notFound(argument, ref, 'Provision');
  return id;
}

/** A provision given as `{document, eId}`: the `ProvisionRef` input. */
export interface ProvisionRefInput {
  document: string;
  eId: string;
}

/**
 * The provision reference of an argument pair (`from`/`fromRef`): the id-like one as given, the
 * `{document, eId}` one as `${document}/~${eId}`, which the finders above read alike. Exactly one of
 * the two must be given (BAD_USER_INPUT naming both otherwise).
 */
export function provisionReference(
  id: string | null | undefined,
  ref: ProvisionRefInput | null | undefined,
  [idName, refName]: readonly [string, string],
): string {
  if (id != null && ref == null) return id;
  if (ref != null && id == null) return `${ref.document.trim()}/~${ref.eId.trim()}`;
  throw badInput(idName, `give either ${idName} or ${refName}, ${id == null ? 'not neither' : 'not both'}`);
}

/** The id of the act `ref` names (id or number); null when none; BAD_USER_INPUT when a number is ambiguous. */
export async function actIdOf(context: ApiContext, ref: string, argument: string): Promise<string | null> {
  if (await context.loaders.act.load(ref)) return ref;
  if (ref.startsWith('/')) return null;
  const [acts = []] = await context.graph.findActsByNumber([cleanNum(ref)]);
  if (acts.length > 1) {
    throw badInput(argument, `number ${ref} names several acts: ${acts.map((a) => a.id).join(', ')}; give an id`);
  }
  return acts[0]?.id ?? null;
}
