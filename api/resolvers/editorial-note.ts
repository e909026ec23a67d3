/** The EditorialNote type. */
import type { EditorialNote, EditorialNoteKind } from '../../model/index.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import { enumResolver } from '../enums.ts';

const NOTE_KINDS: Record<EditorialNoteKind, true> = { see: true, link: true, pageArtefact: true, other: true };

export const resolvers: Resolvers = {
  EditorialNoteKind: enumResolver(NOTE_KINDS),
  EditorialNote: {
    provision: (n: EditorialNote, _: unknown, { loaders }: ApiContext) => (n.provisionId ? loaders.provision.load(n.provisionId) : null),
  },
};
