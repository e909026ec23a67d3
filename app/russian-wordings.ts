/**
 * The Russian Wordings of one version folder of a database export (`kaz.md`, `rus.md`, `meta.yaml`): both texts read
 * and aligned (ingest/translation). For the search index and the import, which hold the Russian text as Wordings.
 */
import {
  alignTranslation,
  decodeText,
  DEFAULT_MAX_FILE_BYTES,
  exportDocument,
  ingestDocument,
  readActFolder,
  type Alignment,
  type ExportVersion,
} from '../ingest/index.ts';
import type { IngestedDocument } from '../model/index.ts';

export interface VersionTexts {
  kazakh: IngestedDocument;
  /** Null when the version has no rus.md */
  russian: IngestedDocument | null;
}

/** Both texts of an export version, each read alone (citations resolved within the act). Throws IngestError on bad input. */
export function readVersionTexts(version: ExportVersion): VersionTexts {
  const known = version.meta.causedBy ? [version.meta.causedBy] : [];
  const read = (language: 'kk' | 'ru', file: NonNullable<ExportVersion['russian']>) =>
    ingestDocument(exportDocument(version, language), decodeText(file.bytes, file.path).text, { known });
  return { kazakh: read('kk', version.text), russian: version.russian ? read('ru', version.russian) : null };
}

/**
 * The Russian Wordings of the version folder `folder` (the newest version when given an act's folder), with the
 * alignment's diagnostics and figures; none when it holds no rus.md.
 */
export async function russianWordings(folder: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<Alignment> {
  const versions = await readActFolder(folder, maxFileBytes);
  const version = versions[versions.length - 1] as ExportVersion;
  const { kazakh, russian } = readVersionTexts(version);
  if (!russian)
    return {
      wordings: [],
      diagnostics: [],
      figures: { aligned: 0, onlyKazakh: 0, onlyRussian: 0, structureMismatches: 0, noteDisagreements: 0 },
    };
  return alignTranslation(kazakh, russian, version.meta.versionDate);
}
