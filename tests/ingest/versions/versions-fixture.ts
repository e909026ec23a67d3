/**
 * The code 350-VI in its three versions, each ingested as the application ingests it: the database exports of
 * 2022-12-30 and 2024-01-01 (`../shared/adilet/appc-350-VI`) and the seed corpus's PDF text of 2026-01-01.
 */
import { DEFAULT_MAX_FILE_BYTES, ingestExportVersions } from '../../../ingest/index.ts';
import type { IngestedDocument } from '../../../model/index.ts';
import { ingestedCode } from '../../contract/corpus-fixture.ts';
import { adiletPath } from '../../shared-dir.ts';

let versions: Promise<IngestedDocument[]> | undefined;

/** Oldest first: 2022-12-30, 2024-01-01, 2026-01-01. */
export function codeVersions(): Promise<IngestedDocument[]> {
  versions ??= Promise.all([ingestExportVersions(adiletPath('appc-350-VI'), DEFAULT_MAX_FILE_BYTES), ingestedCode()]).then(
    ([exports, seed]) => [...exports, seed],
  );
  return versions;
}
