/**
 * search/eval/analyst-queries.json is well formed against the real texts, checked without running
 * any search: every judged provision exists (the code's through the ingest's parse of the corpus,
 * the two shared laws' and the Russian code text's by regex on their markdown, whose ingest does not
 * exist yet), every line range lies on text inside its file, and the split follows the stated rule.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import { actWorkUri } from '../../model/index.ts';
import { readManifest } from '../../ingest/index.ts';
import { CODE_ID, CORPUS_DIR, ingestedCorpus } from '../contract/corpus-fixture.ts';
import { SHARED_DIR, exportLine, readExport, type ExportLanguage } from './export-structure.ts';

interface Judgement {
  document: string;
  eId?: string;
  lines?: [number, number];
  grade: number;
}
interface AnalystQuery {
  id: string;
  query: string;
  language: 'kk' | 'ru';
  kind: string;
  note: string;
  split: 'tuning' | 'heldout';
  relevant: Judgement[];
}

const set = JSON.parse(readFileSync(new URL('../../search/eval/analyst-queries.json', import.meta.url), 'utf8')) as {
  $comment: string;
  queries: AnalystQuery[];
};
const queries = set.queries;
/** In the order the split rule sorts them (the $comment lists them in this order) */
const KINDS = ['ordinary', 'definition', 'synonym-loanword', 'derived-form', 'heading-passage', 'reference', 'phrase'];
const SPLIT_SALT = 'zangraph-analyst-queries';
/** The code's Russian text of 2024-01-01, whose eIds the Russian queries on the code use */
const RUSSIAN_CODE = 'appc-350-VI/2024-01-01';
/** The two laws exported beside the code, by their version folders */
const LAW_FOLDERS = ['law-2019-cinema/2024-08-20', 'law-2021-animals/2025-01-01'];
/** Letters of Kazakh that Russian lacks */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

const judgements = queries.flatMap((q) => q.relevant.map((j) => ({ q, j })));

/** The AKN work id of an exported act, from its meta.yaml: `/akn/kz/act/law/<approved_on>/<number>`. */
function exportedWorkId(folder: string): string {
  const meta = readFileSync(join(SHARED_DIR, 'adilet', folder, 'meta.yaml'), 'utf8');
  const date = /^approved_on: (\d{4}-\d{2}-\d{2})$/m.exec(meta)?.[1];
  const number = /^requisite: .*№\s*(\S+)/m.exec(meta)?.[1];
  const form = /^form: (\S+)$/m.exec(meta)?.[1];
  const kind = form === 'ЗАК' ? 'law' : form === 'КОД' ? 'code' : null;
  if (!date || !number || !kind) throw new Error(`${folder}/meta.yaml: no approved_on, requisite number or known form`);
  return actWorkUri(kind, date, number);
}

describe('analyst queries (search/eval/analyst-queries.json)', () => {
  let documents: IngestedDocument[];
  let manifestIds: Set<string>;
  let lawIds: Map<string, string>;
  beforeAll(async () => {
    documents = await ingestedCorpus();
    manifestIds = new Set((await readManifest(CORPUS_DIR)).map((d) => d.id));
    lawIds = new Map(LAW_FOLDERS.map((folder) => [exportedWorkId(folder), folder]));
  });

  it('holds at least 150 Kazakh and 50 Russian queries, with unique ids and every field', () => {
    expect(queries.filter((q) => q.language === 'kk').length).toBeGreaterThanOrEqual(150);
    expect(queries.filter((q) => q.language === 'ru').length).toBeGreaterThanOrEqual(50);
    expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
    for (const q of queries) {
      expect(q.query.trim(), q.id).not.toBe('');
      expect(['kk', 'ru'], q.id).toContain(q.language);
      expect(KINDS, q.id).toContain(q.kind);
      expect(q.note, q.id).toMatch(/^[\x20-\x7E]+$/); // English
      expect(['tuning', 'heldout'], q.id).toContain(q.split);
      expect(
        q.relevant.some((j) => j.grade === 2),
        `${q.id} has an answer`,
      ).toBe(true);
      for (const j of q.relevant) expect([1, 2], q.id).toContain(j.grade);
    }
  });

  it('writes Russian queries without Kazakh letters and Kazakh queries in Cyrillic', () => {
    for (const q of queries) {
      if (q.language === 'ru') expect(q.query, q.id).not.toMatch(KAZAKH_LETTERS);
      else expect(q.query, q.id).toMatch(/[\u0400-\u04FF]/);
    }
  });

  it('derives the two laws’ work ids from their meta.yaml as the $comment states, and the code’s as the manifest has it', () => {
    expect([...lawIds.keys()]).toEqual(['/akn/kz/act/law/2019-01-03/212-VI', '/akn/kz/act/law/2021-12-30/97-VII']);
    expect(exportedWorkId(RUSSIAN_CODE)).toBe(CODE_ID);
    for (const id of lawIds.keys()) expect(set.$comment).toContain(id);
  });

  it('judges acts by eId and the other texts by lines, naming only the manifest’s documents and the two laws', () => {
    const acts = new Set([CODE_ID, ...lawIds.keys()]);
    for (const { q, j } of judgements) {
      expect(manifestIds.has(j.document) || lawIds.has(j.document), `${q.id}: ${j.document}`).toBe(true);
      if (acts.has(j.document)) expect([j.eId !== undefined, j.lines], q.id).toEqual([true, undefined]);
      else expect([j.eId, Array.isArray(j.lines)], q.id).toEqual([undefined, true]);
    }
  });

  it('names in every code judgement a provision in force in the ingested 2026 code', () => {
    const code = documents.find((d) => d.document.id === CODE_ID);
    const status = new Map(code?.provisions.map((p) => [p.eId, p.status]));
    const missing = judgements
      .filter(({ j }) => j.document === CODE_ID)
      .filter(({ j }) => status.get(j.eId ?? '') !== 'inForce')
      .map(({ q, j }) => `${q.id} ${j.eId}: ${status.get(j.eId ?? '') ?? 'no such provision'}`);
    expect(missing).toEqual([]);
  });

  it('names in every Russian code judgement an article, part and subparagraph of the 2024 Russian text as well', () => {
    const russian = readExport(RUSSIAN_CODE, 'ru');
    const missing = judgements
      .filter(({ q, j }) => q.language === 'ru' && j.document === CODE_ID)
      .filter(({ j }) => exportLine(russian, j.eId ?? '', 'ru') === null)
      .map(({ q, j }) => `${q.id} ${j.eId}`);
    expect(missing).toEqual([]);
  });

  it('names in every law judgement an article, part and subparagraph present in both the Kazakh and the Russian export', () => {
    const texts = new Map(LAW_FOLDERS.map((folder) => [folder, { kk: readExport(folder, 'kk'), ru: readExport(folder, 'ru') }] as const));
    const missing: string[] = [];
    for (const { q, j } of judgements) {
      const folder = lawIds.get(j.document);
      if (!folder) continue;
      for (const language of ['kk', 'ru'] as ExportLanguage[]) {
        if (exportLine(texts.get(folder)?.[language] ?? [], j.eId ?? '', language) === null) missing.push(`${q.id} ${j.eId} (${language})`);
      }
    }
    expect(judgements.some(({ j }) => lawIds.has(j.document))).toBe(true);
    expect(missing).toEqual([]);
  });

  it('keeps every line range inside its file, beginning and ending on text an ingested provision covers', () => {
    const problems: string[] = [];
    for (const { q, j } of judgements) {
      if (!j.lines) continue;
      const doc = documents.find((d) => d.document.id === j.document);
      const raw = readFileSync(join(CORPUS_DIR, doc?.document.file ?? ''), 'utf8').split('\n');
      const [first, last] = j.lines;
      const covered = (line: number) => doc?.provisions.some((p) => p.source.startLine <= line && line <= p.source.endLine);
      if (!(Number.isInteger(first) && Number.isInteger(last) && first >= 1 && first <= last && last <= raw.length))
        problems.push(`${q.id}: ${first}-${last} outside 1-${raw.length}`);
      else if (!raw[first - 1]?.trim() || !raw[last - 1]?.trim()) problems.push(`${q.id}: ${first}-${last} begins or ends on a blank line`);
      else if (!covered(first) || !covered(last)) problems.push(`${q.id}: ${first}-${last} lies outside every provision`);
    }
    expect(problems).toEqual([]);
  });

  it('never judges, in one query, a provision together with one inside it, nor overlapping line ranges', () => {
    const nested = (a: Judgement, b: Judgement) =>
      a.document === b.document &&
      (a.eId && b.eId
        ? a.eId === b.eId || b.eId.startsWith(`${a.eId}__`) || a.eId.startsWith(`${b.eId}__`)
        : !!a.lines && !!b.lines && a.lines[0] <= b.lines[1] && b.lines[0] <= a.lines[1]);
    const clashes = queries.flatMap((q) =>
      q.relevant.flatMap((a, i) =>
        q.relevant
          .slice(i + 1)
          .filter((b) => nested(a, b))
          .map((b) => `${q.id}: ${a.eId ?? a.lines} / ${b.eId ?? b.lines}`),
      ),
    );
    expect(clashes).toEqual([]);
  });

  it('splits by the $comment’s rule: by language, kind, then the salted SHA-256 of the id, alternating tuning and heldout', () => {
    const hash = (id: string) => createHash('sha256').update(`${SPLIT_SALT}:${id}`).digest('hex');
    const compareHex = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    for (const language of ['kk', 'ru']) {
      const ordered = queries
        .filter((q) => q.language === language)
        .sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || compareHex(hash(a.id), hash(b.id)));
      expect(ordered.map((q) => q.split)).toEqual(ordered.map((_, i) => (i % 2 === 0 ? 'tuning' : 'heldout')));
      for (const kind of KINDS) {
        const ofKind = ordered.filter((q) => q.kind === kind);
        const tuning = ofKind.filter((q) => q.split === 'tuning').length;
        expect(Math.abs(2 * tuning - ofKind.length), `${language} ${kind}`).toBeLessThanOrEqual(1);
      }
    }
    expect(set.$comment).toContain(`'${SPLIT_SALT}:' + id`);
  });
});
