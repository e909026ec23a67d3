/**
 * `npm run import -- <folder>`: import every version of one act exported from the national legal database into the
 * store (app/import-act.ts); `--git` reads the versions from the history of a git clone, with a progress bar on a
 * terminal; prints the ingest report, `--json` prints it as JSON. Exits 1 with the problem's file:line on bad input
 * (the store is left as it was), 2 on a wrong command line.
 */
import { resolve } from 'node:path';
import { importAct, importActHistory, IngestError, type ImportReport } from '../app/index.ts';
import { formatReport, reconcileWork } from '../ingest/index.ts';
import { createBackends } from './backends.ts';
import { DATA_DIR_FLAG, parseCommandLine } from './cli.ts';
import { loadConfigOrExit, STORE_VARIABLES } from './config.ts';
import { createProgress, type Progress } from './progress.ts';

const { values, operands, env } = parseCommandLine({
  usage: 'npm run import --',
  summary: [
    'Import every version of one act exported from the national legal database (Adilet), in the layout of the public',
    "mirror kazakhstan-law/codes. The files are copied into the store's own corpus (ZANGRAPH_DATA_DIR/corpus, default",
    "./data/corpus; the repository's corpus/ is never edited), parsed, and written to the configured graph store and",
    'search index as one timeline; the next `npm start` serves the act. A version already imported with the same',
    'files, or one the seed corpus holds, is skipped; a newer version is added beside the others. Importing the same',
    'files again changes nothing.',
  ].join('\n'),
  operands: [
    { name: '<folder>', description: "one version (kaz.md and meta.yaml), or the act's folder of dated sub-folders (YYYY-MM-DD)" },
  ],
  flags: {
    git: {
      type: 'boolean',
      description: 'read every version from the history of a git clone of the mirror (one commit per version), with a progress bar',
    },
    json: { type: 'boolean', description: "print the report as JSON (the parsed document's counts and diagnostics included)" },
    'data-dir': DATA_DIR_FLAG,
  },
  variables: STORE_VARIABLES,
  notes: ['example: npm run import -- ../shared/adilet/law-2021-animals', '         npm run import -- --git ../codes/appc-350-VI'],
});
const folder = operands[0] ?? '';

const config = loadConfigOrExit(env);
const backends = await createBackends(config);
try {
  let progress: Progress | null = null;
  const report = values.git
    ? await importActHistory(resolve(folder), config.corpus, backends, (done, total, versionDate) => {
        progress ??= createProgress('reading versions', total);
        progress.tick(versionDate);
        if (done === total) progress.stop();
      })
    : await importAct(resolve(folder), config.corpus, backends);
  console.log(values.json ? JSON.stringify(jsonReport(report), null, 2) : textReport(report, config.corpus.importedDir ?? ''));
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
    ...(r.document ? ['', formatReport([r.document], new Map([[r.document.document.id, reconcileWork(r.document)]]))] : []),
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
      // Each pair of consecutive versions reconciled with the notes dated between them (ingest/versions/reconcile.ts)
      reconciliation: reconcileWork(doc),
      amendingActs: doc.acts
        .filter((a) => doc.amendments.some((m) => m.actId === a.id))
        .map((a) => ({ id: a.id, number: a.number, date: a.date, title: a.title })),
      citations: { total: doc.citations.length, resolved: doc.citations.filter((c) => c.resolved).length },
      editorialNotes: doc.editorialNotes.length,
      diagnostics: doc.diagnostics.map((d) => ({ place: `${d.file}:${d.line}`, rule: d.rule, reason: d.reason, fatal: d.fatal })),
    },
  };
}
