/** The Language enum, the Translation type and the language-aware fields of Provision (text, heading, translations). */
import type { Provision, Wording } from '../../model/index.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import type { ReadProvision } from '../reading-language.ts';

/** A provision's wording in `language`: its own in its document's language, else the wording of that language in force now. */
async function wordingIn(
  p: ReadProvision,
  language: string | null | undefined,
  { loaders }: ApiContext,
): Promise<Provision | Wording | null> {
  const own = (await loaders.document.load(p.documentId))?.language ?? null;
  const wanted = language ?? p.readIn ?? own;
  if (wanted === own) return p;
  // In force now: the wording that no later version closed (a Russian text of an earlier version only is not held now).
  return (await loaders.wordings.load(p.id)).find((w) => w.language === wanted && w.validTo === null) ?? null;
}

export const resolvers: Resolvers = {
  Language: { KK: 'kk', RU: 'ru' },
  Provision: {
    text: async (p: ReadProvision, { language }: { language?: string | null }, context: ApiContext) =>
      (await wordingIn(p, language, context))?.text ?? null,
    heading: async (p: ReadProvision, { language }: { language?: string | null }, context: ApiContext) =>
      (await wordingIn(p, language, context))?.heading ?? null,
    translations: async (p: Provision, _: unknown, { loaders }: ApiContext) => {
      const own = (await loaders.document.load(p.documentId))?.language ?? null;
      return (await loaders.wordings.load(p.id)).filter((w) => w.language !== own);
    },
  },
};
