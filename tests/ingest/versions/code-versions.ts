/**
 * The three versions of the code 350-VI the tests read: the national database's exports of 2022-12-30 and 2024-01-01
 * (`../shared/adilet/appc-350-VI`) and the seed PDF text of 2026-01-01 (`corpus/`), each ingested alone, and their
 * timeline. Parsed once per test file.
 */
import { decodeText, exportDocument, ingestDocument, readActFolder } from '../../../ingest/index.ts';
import { buildTimeline } from '../../../ingest/versions/index.ts';
import type { IngestedDocument } from '../../../model/index.ts';
import { ingestedCode } from '../../contract/corpus-fixture.ts';
import { adiletPath } from '../../shared-dir.ts';

let versions: Promise<IngestedDocument[]> | null = null;

/** The code's three versions, oldest first. */
export function codeVersions(): Promise<IngestedDocument[]> {
  versions ??= (async () => {
    const exports = await readActFolder(adiletPath('appc-350-VI'), 1 << 26);
    const parsed = exports.map((v) =>
      ingestDocument(exportDocument(v), decodeText(v.text.bytes, v.text.path).text, { known: v.meta.causedBy ? [v.meta.causedBy] : [] }),
    );
    return [...parsed, await ingestedCode()];
  })();
  return versions;
}

/** The timeline of the three versions. */
export async function codeTimeline(): Promise<IngestedDocument> {
  return buildTimeline(await codeVersions());
}
