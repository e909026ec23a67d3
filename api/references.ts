/**
 * Human references accepted where the API takes a document or an act: besides ids,
 * a document's number (`350-VI`) or short name (`ӘРПК`), and an act's number (`241-VIII`).
 */
import { cleanNum } from '../model/index.ts';
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
    (d) => (d.number !== null && number !== '' && cleanNum(d.number).toLowerCase() === number) || d.shortNames.some((n) => n.toLowerCase() === wanted),
  );
  return match?.id ?? null;
}

/** The id of the document `ref` names, or a NOT_FOUND error naming `argument`. */
export async function documentIdOf(context: ApiContext, ref: string, argument: string): Promise<string> {
  const id = await findDocumentId(context, ref);
  if (!id) throw notFound(argument, ref, 'Document');
  return id;
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
