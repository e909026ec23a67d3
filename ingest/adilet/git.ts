/**
 * Every version of an act from a local git clone of a mirror that keeps one commit per version (the public
 * `kazakhstan-law/codes`: an act folder holding `kaz.md`, `meta.yaml` and, for some versions, `rus.md`, rewritten by
 * each new version). The history is read with the git command line: `git log` of the three files, oldest first, then
 * `git show` of each at each commit (rus.md when the commit's tree has one: the Russian expression of that version,
 * as in a version folder). Two commits of one version date (a correction) keep the later one.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { checkFileSize } from '../decode.ts';
import { IngestError } from '../errors.ts';
import { META_FILE, RUSSIAN_FILE, TEXT_FILE, type ExportFile, type ExportVersion } from './folder.ts';
import { readAdiletMeta } from './meta.ts';

const run = promisify(execFile);

/** Every version of the act at `folder` (inside a git work tree), oldest first; `onRead` after each commit read. */
export async function readGitHistory(
  folder: string,
  maxFileBytes: number,
  onRead?: (done: number, total: number, versionDate: string) => void,
): Promise<ExportVersion[]> {
  const dir = resolve(folder);
  const log = await git(dir, ['log', '--reverse', '--format=%H', '--', TEXT_FILE, META_FILE, RUSSIAN_FILE], join(dir, TEXT_FILE));
  const commits = log.toString('utf8').split('\n').filter(Boolean);
  if (commits.length === 0)
    throw new IngestError(`no commit of ${TEXT_FILE} or ${META_FILE} here`, { file: join(dir, TEXT_FILE), line: 1 });
  const byDate = new Map<string, ExportVersion>();
  for (const [i, commit] of commits.entries()) {
    const text = await show(dir, commit, TEXT_FILE, maxFileBytes);
    const metaFile = await show(dir, commit, META_FILE, maxFileBytes);
    const meta = readAdiletMeta(metaFile.bytes.toString('utf8'), metaFile.path);
    const russian = (await committed(dir, commit, RUSSIAN_FILE)) ? await show(dir, commit, RUSSIAN_FILE, maxFileBytes) : null;
    byDate.set(meta.versionDate, { dir, name: `${basename(dir)}/${meta.versionDate}`, text, russian, metaFile, meta });
    onRead?.(i + 1, commits.length, meta.versionDate);
  }
  return [...byDate.values()].sort((a, b) => (a.meta.versionDate < b.meta.versionDate ? -1 : 1));
}

/** `file` as committed in `commit`; its path in messages is `<folder>/<file>@<commit>`. */
async function show(dir: string, commit: string, file: string, maxFileBytes: number): Promise<ExportFile> {
  const path = `${join(dir, file)}@${commit.slice(0, 12)}`;
  const bytes = await git(dir, ['show', `${commit}:./${file}`], path);
  checkFileSize(bytes.length, path, maxFileBytes);
  return { path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Whether the tree of `commit` holds `file` in the act folder (a version without a Russian text has no rus.md). */
async function committed(dir: string, commit: string, file: string): Promise<boolean> {
  const listed = await git(dir, ['ls-tree', '--name-only', commit, '--', file], `${join(dir, file)}@${commit.slice(0, 12)}`);
  return listed.toString('utf8').trim() !== '';
}

/** The standard output of `git args` run in `dir`; a failure is an IngestError at `place` with git's own message. */
async function git(dir: string, args: string[], place: string): Promise<Buffer> {
  try {
    const { stdout } = await run('git', args, { cwd: dir, encoding: 'buffer', maxBuffer: 1 << 30 });
    return stdout;
  } catch (cause) {
    const stderr = (cause as { stderr?: Buffer }).stderr?.toString('utf8').trim();
    throw new IngestError(`git ${args[0]} failed: ${stderr || String(cause)}`, { file: place, line: 1 }, { cause });
  }
}
