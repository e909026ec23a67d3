/**
 * Child process for the crash test: writes two versions of a document into a store, in
 * turn, forever, printing `wrote <status>` after each write. The parent SIGKILLs it where
 * tests/pause-at.ts paused it.
 * Usage: tsx write-loop.ts <dataDir> <versions.json>
 */
import { readFile } from 'node:fs/promises';
import { openEmbeddedGraphStore } from '../../../graph/embedded/store.ts';
import type { IngestedDocument } from '../../../model/index.ts';

const [dataDir, versionsPath] = process.argv.slice(2);
if (!dataDir || !versionsPath) throw new Error('usage: write-loop.ts <dataDir> <versions.json>');
const versions = JSON.parse(await readFile(versionsPath, 'utf8')) as IngestedDocument[];
const store = await openEmbeddedGraphStore({ dataDir });
for (let i = 0; ; i++) {
  const result = await store.writeDocument(versions[i % versions.length] as IngestedDocument);
  process.stdout.write(`wrote ${result.status}\n`);
}
