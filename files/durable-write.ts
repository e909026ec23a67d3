/**
 * Durable file replacement, for every file a crash must leave whole: the embedded graph store's
 * documents and catalogue, the embedded search index's file, the corpus sync's state. The content
 * goes to a temporary file beside the target, is fsynced, and is renamed over the target; then the
 * directory is fsynced so the rename itself survives a power loss. A crash at any point leaves the
 * old file or the new one, never a mix.
 */
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

let tempCounter = 0;

/**
 * Replace `target` with what `write` puts into the handle it is given. Errors are the file system's
 * own (the caller names the backend); the temporary file is removed when anything fails.
 */
export async function writeDurably(target: string, write: (file: FileHandle) => Promise<void>): Promise<void> {
  const temp = `${target}.tmp-${process.pid}-${tempCounter++}`;
  try {
    const handle = await open(temp, 'w');
    try {
      await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    await syncDirectory(dirname(target));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Replace `target` with `content` (UTF-8), durably. */
export function writeFileDurably(target: string, content: string): Promise<void> {
  return writeDurably(target, (file) => file.writeFile(content, 'utf8'));
}

/** Makes the rename durable; some platforms cannot open a directory, which only weakens durability. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // fsync of a directory is unsupported on Windows; the rename itself is still atomic.
  }
}
