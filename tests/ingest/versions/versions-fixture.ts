/**
 * The code 350-VI in its three versions, each ingested as the application ingests it: the database exports of
 * 2022-12-30 and 2024-01-01 (`../shared/adilet/appc-350-VI`) and the seed corpus's PDF text of 2026-01-01.
 */
import { DEFAULT_MAX_FILE_BYTES, ingestExportVersions } from '../../../ingest/index.ts';
import { wordingId, type IngestedDocument, type Wording } from '../../../model/index.ts';
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

/**
 * The seed code holding its two earlier versions as wordings, the way the model stores a timeline: of each provision
 * the newest version still holds, its wording in each earlier version, valid until the next version's date. A wording
 * equal to the next is not merged into it (the store keeps both: what the use cases read is the same). Provisions the
 * newest version no longer holds are left out: the store reads wordings by the ids of the provisions it holds.
 */
export async function codeWithEarlierWordings(): Promise<IngestedDocument> {
  const versions = await codeVersions();
  const newest = versions.at(-1)!;
  const held = new Set(newest.provisions.map((p) => p.id));
  const expressions = versions.map((v) => v.expressions[0]!);
  const wordings = versions.slice(0, -1).flatMap((version, i) => {
    const expression = expressions[i]!;
    const validTo = expressions[i + 1]!.versionDate;
    return version.provisions
      .filter((p) => held.has(p.id))
      .map((p): Wording => ({
        id: wordingId(p.id, expression.language, expression.versionDate),
        provisionId: p.id,
        documentId: p.documentId,
        language: expression.language,
        expressionId: expression.id,
        validFrom: expression.versionDate,
        validTo,
        parentId: p.parentId,
        ordinal: p.ordinal,
        type: p.type,
        num: p.num,
        heading: p.heading,
        text: p.text,
        status: p.status,
        source: p.source,
        sourceAnchor: p.sourceAnchor ?? null,
      }));
  });
  return { ...newest, expressions, wordings };
}
