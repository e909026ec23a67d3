/**
 * `npm run import -- <folder>`: import every version of one act exported from the national legal database into the
 * store (app/import-act.ts); `--git` reads the versions from the history of a git clone, with a progress bar on a
 * terminal; prints the ingest report, `--json` prints it as JSON. Exits 1 with the problem's file:line on bad input
 * (the store is left as it was), 2 on a wrong command line.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importAct, importActHistory, IngestError, type ImportReport } from '../app/index.ts';
import { formatReport } from '../ingest/index.ts';
import { createBackends } from './backends.ts';
import { loadConfigOrExit } from './config.ts';
import { createProgress, type Progress } from './progress.ts';

const USAGE = `usage: npm run import -- [--json] [--git] <folder>

Import every version of one act exported from the national legal database (Adilet), in the layout of the public
mirror kazakhstan-law/codes: <folder> is either one version (kaz.md and meta.yaml) or the act's folder holding one
dated sub-folder (YYYY-MM-DD) per version. The files are copied into the store's own corpus
(ZANGRAPH_DATA_DIR/corpus, default ./data/corpus; the repository's corpus/ is never edited), parsed, and
written to the configured graph store and search index as one timeline; the next \`npm start\` serves the act.
A version already imported with the same files, or one the seed corpus holds, is skipped; a newer version is
added beside the others. Importing the same files again changes nothing.

  --git     <folder> is an act folder inside a git clone of the mirror: import every version from its
            history (one commit per version), with a progress bar on a terminal
  --json    print the report as JSON (the parsed document's counts and diagnostics included)
  --help    print this help

example: npm run import -- ../shared/adilet/law-2021-animals
         npm run import -- --git ../codes/appc-350-VI`;

let args;
try {
  args = parseArgs({ options: { json: { type: 'boolean' }, git: { type: 'boolean' }, help: { type: 'boolean' } }, allowPositionals: true });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [folder, ...extra] = args.positionals;
if (!folder || extra.length > 0) {
  console.error(`${folder ? 'give one folder' : 'no folder given'}\n\n${USAGE}`);
  process.exit(2);
}

const config = loadConfigOrExit();
const backends = await createBackends(config);
try {
  let progress: Progress | null = null;
  const report = args.values.git
    ? await importActHistory(resolve(folder), config.corpus, backends, (done, total, versionDate) => {
        progress ??= createProgress('reading versions', total);
        progress.tick(versionDate);
        if (done === total) progress.stop();
      })
    : await importAct(resolve(folder), config.corpus, backends);
  console.log(args.values.json ? JSON.stringify(jsonReport(report), null, 2) : textReport(report, config.corpus.importedDir ?? ''));
} catch (error) {
  if (!(error instanceof IngestError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await backends.close();
}

function textReport(r: ImportReport, storeDir: string): string {
  const what = {
    added: `imported ${r.imported.join(', ')}`,
    replaced: `imported ${r.imported.join(', ')}, replacing files held for a version of the same date`,
    unchanged: 'every version already held: nothing changed',
  }[r.status];
  return [
    `${r.title} (${r.workId}): ${what}`,
    `  versions found: ${r.versionsFound.join(', ')}`,
    ...r.skipped.map((s) => `  skipped ${s.versionDate}: ${s.reason}`),
    ...r.files.map((f) => `  ${storeDir}/${f.file} sha256 ${f.sha256}`),
    ...(r.document ? ['', formatReport([r.document])] : []),
    ...(r.log.length ? ['', ...r.log] : []),
  ].join('\n');
}

/** The report with the parsed document summed up (counts, amendments by action, diagnostics with file:line), not dumped. */
function jsonReport(r: ImportReport) {
  const doc = r.document;
  const tally = (values: readonly string[]) =>
    Object.fromEntries([...new Set(values)].map((v) => [v, values.filter((x) => x === v).length]));
  return {
    ...r,
    document: doc && {
      id: doc.document.id,
      file: doc.document.file,
      versions: doc.expressions.map((e) => e.versionDate),
      wordings: doc.wordings.length,
      provisions: tally(doc.provisions.map((p) => p.type)),
      repealed: doc.provisions.filter((p) => p.status === 'repealed').map((p) => p.id),
      amendments: tally(doc.amendments.map((a) => a.action)),
      amendingActs: doc.acts
        .filter((a) => doc.amendments.some((m) => m.actId === a.id))
        .map((a) => ({ id: a.id, number: a.number, date: a.date, title: a.title })),
      citations: { total: doc.citations.length, resolved: doc.citations.filter((c) => c.resolved).length },
      editorialNotes: doc.editorialNotes.length,
      diagnostics: doc.diagnostics.map((d) => ({ place: `${d.file}:${d.line}`, rule: d.rule, reason: d.reason, fatal: d.fatal })),
    },
  };
}
