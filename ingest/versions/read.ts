/**
 * Every version of an act exported from the national legal database (an act folder of dated version folders,
 * docs/formats-adilet.md), each ingested alone, oldest first: the versions a reconciliation compares. Bad input
 * throws the IngestError of the folder reader or the pipeline, naming the file.
 */
import type { IngestedDocument } from '../../model/index.ts';
import { exportDocument, readActFolder } from '../adilet/folder.ts';
import { decodeText } from '../decode.ts';
import { ingestDocument } from '../index.ts';

export async function ingestExportVersions(folder: string, maxFileBytes: number): Promise<IngestedDocument[]> {
  const versions = await readActFolder(folder, maxFileBytes);
  return versions.map((v) =>
    ingestDocument(exportDocument(v), decodeText(v.text.bytes, v.text.path).text, { known: v.meta.causedBy ? [v.meta.causedBy] : [] }),
  );
}

/**
 * The versions of one work to reconcile: the earlier versions given, then `current` (the corpus's version); an earlier
 * version dated on or after the current one is left out, as are versions of other works.
 */
export function versionsOf(current: IngestedDocument, earlier: readonly IngestedDocument[]): IngestedDocument[] {
  const date = (d: IngestedDocument) => d.document.consolidatedAsOf ?? d.document.date ?? '';
  const before = earlier.filter((d) => d.document.id === current.document.id && date(d) < date(current));
  return [...before.sort((a, b) => date(a).localeCompare(date(b))), current];
}
