/**
 * A work held in several dated versions, as the corpus manifests list it: one entry per version (same id, distinct
 * `consolidatedAsOf`). The stored document's `sha256` then stands for all of them, so that adding, replacing or
 * removing any version makes the work stale for the next sync, exactly as a changed file does for a single text.
 */
import { createHash } from 'node:crypto';
import type { Document } from '../../model/index.ts';

/** A single version: its file's SHA-256; several: the SHA-256 of their dates and hashes, oldest first. */
export function workSha256(versions: readonly { date: string; sha256: string }[]): string {
  if (versions.length === 1) return (versions[0] as { sha256: string }).sha256;
  const lines = [...versions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((v) => `${v.date} ${v.sha256}\n`);
  return createHash('sha256').update(lines.join('')).digest('hex');
}

/** The manifest entries grouped into works, in the order each work is first listed: id → its entries. */
export function worksOf<T extends Pick<Document, 'id'>>(entries: readonly T[]): Map<string, T[]> {
  const works = new Map<string, T[]>();
  for (const e of entries) {
    const list = works.get(e.id);
    if (list) list.push(e);
    else works.set(e.id, [e]);
  }
  return works;
}

/** Each work's id and the SHA-256 its stored document carries (workSha256 over its versions). */
export function workFingerprints(
  entries: readonly Pick<Document, 'id' | 'sha256' | 'consolidatedAsOf'>[],
): { id: string; sha256: string }[] {
  return [...worksOf(entries)].map(([id, versions]) => ({
    id,
    sha256: workSha256(versions.map((v) => ({ date: v.consolidatedAsOf ?? '', sha256: v.sha256 }))),
  }));
}
