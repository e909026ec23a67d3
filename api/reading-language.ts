/**
 * The language a document is read in (`document(id, language: RU)`), carried by the objects the API hands down from
 * it: the Document and every provision reached through it take it as the default of `text` and `heading`
 * (api/resolvers/translation.ts). Anything reached otherwise is read in its document's own language.
 */
import type { Document, Provision } from '../model/index.ts';

/** A document or provision as the API passes it on: with the language it is read in, when a document chose one. */
export type ReadDocument = Document & { readIn?: string };
export type ReadProvision = Provision & { readIn?: string };

/** `provisions` read in `language`; unchanged when none was chosen. */
export function readIn(provisions: readonly Provision[], language: string | undefined): ReadProvision[] {
  return language === undefined ? [...provisions] : provisions.map((p) => ({ ...p, readIn: language }));
}

/** One provision (or none) read in `language`; unchanged when none was chosen. */
export function readOneIn(provision: Provision | null, language: string | undefined): ReadProvision | null {
  return provision === null || language === undefined ? provision : { ...provision, readIn: language };
}
