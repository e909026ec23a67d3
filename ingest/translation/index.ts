/**
 * The Russian text beside the Kazakh (issue #16): alignment of the two texts of one version (align.ts), the
 * reconciliation of their notes (notes.ts), and the Kazakh document with its Russian expression added (withRussian).
 */
import { expressionId, type IngestedDocument } from '../../model/index.ts';
import { alignTranslation, type Alignment } from './align.ts';

export { alignTranslation, type Alignment, type AlignmentFigures } from './align.ts';

/**
 * The Kazakh document `kazakh` with the Russian text `russian` of the same version added: the Russian expression,
 * a Russian Wording per aligned provision, and the alignment's diagnostics. The Kazakh provisions stay the document's.
 */
export function withRussian(
  kazakh: IngestedDocument,
  russian: IngestedDocument,
  versionDate: string,
): { document: IngestedDocument; alignment: Alignment } {
  const alignment = alignTranslation(kazakh, russian, versionDate);
  const { document } = russian;
  const expression = {
    id: expressionId(document.id, 'ru', versionDate),
    documentId: document.id,
    language: 'ru',
    versionDate,
    file: document.file,
    sha256: document.sha256,
    format: document.format ?? 'adilet',
    amendingActId: kazakh.expressions[0]?.amendingActId ?? null,
  };
  return {
    alignment,
    document: {
      ...kazakh,
      expressions: [...kazakh.expressions, expression],
      wordings: [...kazakh.wordings, ...alignment.wordings],
      diagnostics: [...kazakh.diagnostics, ...russian.diagnostics, ...alignment.diagnostics],
    },
  };
}
