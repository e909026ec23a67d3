/**
 * Document.references, Document.mentions, Document.diagnostics and Act.mentionedIn over the
 * whole ingested corpus, through yoga.fetch. Expected lines are read off the corpus texts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ZangraphYoga } from '../../api/server.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { CODE_ID, ingestedCorpus, provision, testGraphStore } from '../contract/corpus-fixture.ts';
import { graphql } from './graphql-client.ts';
import { COAO, CONSTITUTION, CPC } from '../acts.ts';

const ARTICLE_ID = '/akn/kz/doc/article/2015/narbinova-sadykanova-access-to-justice';
const TEXTBOOK_ID = '/akn/kz/doc/textbook/2021/internal-affairs-administrative-activity';
const POLICY_ID = '/akn/kz/doc/policy/2021-06/lprc-administrative-procedures';

interface Span {
  file: string;
  startLine: number;
}
interface Reference {
  id: string;
  raw: string;
  ref: { article: string | null; part: string | null };
  source: { id: string; document: { id: string } };
  target: { id: string } | null;
  targetAct: { id: string } | null;
  span: Span;
}
interface Mention {
  id: string;
  raw: string;
  act: { id: string };
  source: { id: string; document: { id: string } };
  span: Span;
}
interface Diagnostic {
  reason: string;
  file: string;
  line: number;
  rule: string;
  fatal: boolean;
}
interface DocumentAnswer {
  id: string;
  file: string;
  references: Reference[];
  mentions: Mention[];
  diagnostics: Diagnostic[];
  children: { citations: { id: string }[] }[];
}

const DOCUMENT_FIELDS = `
  id file
  references { id raw ref { article part } source { id document { id } } target { id } targetAct { id } span { file startLine } }
  mentions { id raw act { id } source { id document { id } } span { file startLine } }
  diagnostics { reason file line rule fatal }
`;

describe('what a whole document cites, mentions and doubts, through the API', () => {
  let stored: Awaited<ReturnType<typeof testGraphStore>>;
  let yoga: ZangraphYoga;
  let corpus: IngestedDocument[];
  const query = <T>(text: string, variables?: Record<string, unknown>) => graphql<T>(yoga.fetch, text, variables);

  async function documentAnswer(id: string, extra = ''): Promise<DocumentAnswer> {
    const { data, errors } = await query<{ document: DocumentAnswer | null }>(
      `query ($id: ID!) { document(id: $id) { ${DOCUMENT_FIELDS} ${extra} } }`,
      { id },
    );
    expect(errors).toBeUndefined();
    if (!data?.document) throw new Error(`no document ${id} in the answer`);
    return data.document;
  }

  beforeAll(async () => {
    corpus = await ingestedCorpus();
    stored = await testGraphStore(corpus);
    yoga = await createServer({ graph: stored.store }, { graphiql: false });
  });
  afterAll(async () => {
    await stored.remove();
  });

  describe('Document.references', () => {
    it("lists the journal article's Constitution article citations in text order, each with its source and line", async () => {
      const article = await documentAnswer(ARTICLE_ID);
      const constitution = article.references
        .filter((r) => r.targetAct?.id === CONSTITUTION)
        .map((r) => ({ article: r.ref.article, part: r.ref.part, line: r.span.startLine }));
      // L114 "[1-бап]", L115 "[75-бап]", L116 "[76-бап]", L119 "[13-бап 1-бөлік]", L127 "[13-бап 2-бөлік]"
      const expected = [
        { article: '1', part: null, line: 114 },
        { article: '75', part: null, line: 115 },
        { article: '76', part: null, line: 116 },
        { article: '13', part: '1', line: 119 },
        { article: '13', part: '2', line: 127 },
      ];
      const found = expected.map((e) => constitution.findIndex((c) => c.article === e.article && c.part === e.part && c.line === e.line));
      expect(found.every((i) => i >= 0)).toBe(true);
      expect(found).toEqual([...found].sort((a, b) => a - b));
      for (const r of article.references) {
        expect(r.source.document.id).toBe(ARTICLE_ID);
        expect(r.span.file).toBe(article.file);
      }
    });

    it("gives the code's references in text order, equal to its top-level provisions' citations one after another", async () => {
      const code = await documentAnswer(CODE_ID, 'children { citations { id } }');
      expect(code.references.length).toBeGreaterThan(0);
      expect(code.references.map((r) => r.id)).toEqual(code.children.flatMap((c) => c.citations.map((x) => x.id)));
      // L1809 "осы Кодекстің 22-бабы екінші бөлігінің 8) тармақшасын", L1811 "осы Кодекстің 22-бабында"
      const fromArt23 = code.references.filter((r) => r.source.id === provision('art_23__para_2'));
      expect(fromArt23.map((r) => [r.target?.id, r.span.startLine])).toEqual([
        [provision('art_22__para_2__point_8'), 1809],
        [provision('art_22'), 1811],
      ]);
    });
  });

  describe('Document.mentions and Act.mentionedIn', () => {
    it('includes the Code of Administrative Offences among the textbook mentions, where the text names it', async () => {
      const textbook = await documentAnswer(TEXTBOOK_ID);
      const offences = textbook.mentions.filter((m) => m.act.id === COAO);
      // L5245 "ҚР ӘҚБтК ҚР Конституциясына, халықаралық құқықтың жалпыға …"
      expect(offences).toContainEqual(expect.objectContaining({ raw: 'ҚР ӘҚБтК', span: { file: textbook.file, startLine: 5245 } }));
      expect(textbook.mentions.every((m) => m.source.document.id === TEXTBOOK_ID)).toBe(true);
      const ingested = corpus.find((d) => d.document.id === TEXTBOOK_ID);
      expect(new Set(textbook.mentions.map((m) => m.id))).toEqual(new Set(ingested?.mentions.map((m) => m.id)));
    });

    it('lists where the Civil Procedure Code is mentioned, the code (L658) and a policy paper (L60) among them', async () => {
      const { data, errors } = await query<{ act: { mentionedIn: Mention[] } | null }>(
        `query ($id: ID!) { act(id: $id) { mentionedIn { id raw act { id } source { id document { id } } span { file startLine } } } }`,
        { id: CPC },
      );
      expect(errors).toBeUndefined();
      const mentions = data?.act?.mentionedIn ?? [];
      expect(mentions.every((m) => m.act.id === CPC)).toBe(true);
      const places = mentions.map((m) => [m.source.document.id, m.span.startLine]);
      // L658–L659 of the code "Қазақстан Республикасы Азаматтық процестік кодексінің";
      // L60 of the 2021 policy paper "2015 жылғы жаңа Азаматтық іс жүргізу кодексінде"
      expect(places).toEqual(
        expect.arrayContaining([
          [CODE_ID, 658],
          [POLICY_ID, 60],
        ]),
      );
      const documents = mentions.map((m) => m.source.document.id);
      expect(documents).toEqual([...documents].sort());
    });

    it('no longer answers the old name Act.mentions', async () => {
      const { errors } = await query(`{ act(id: "${CPC}") { mentions { id } } }`);
      expect(errors?.[0]?.message).toMatch(/Cannot query field "mentions" on type "Act"/);
    });
  });

  describe('Document.diagnostics', () => {
    it("gives the code's seven amendment-effective-before-act warnings with their lines", async () => {
      const code = await documentAnswer(CODE_ID);
      const early = code.diagnostics.filter((d) => d.rule === 'amendment-effective-before-act');
      // Notes of law 172-VIII "2025.15.03." effective "2025 ж. 1 қаңтардан": L3008, L3504, L3518, L3552, L3626, L3675, L3853
      expect(early.map((d) => d.line)).toEqual([3008, 3504, 3518, 3552, 3626, 3675, 3853]);
      for (const d of early) {
        expect(d).toMatchObject({ file: code.file, fatal: false });
        expect(d.reason).toMatch(/2025-01-01.*2025-03-15/);
      }
    });

    it('answers every document in one query, each list holding only its own references, mentions and doubts', async () => {
      const { data, errors } = await query<{ documents: DocumentAnswer[] }>(`{ documents { ${DOCUMENT_FIELDS} } }`);
      expect(errors).toBeUndefined();
      const documents = data?.documents ?? [];
      expect(documents.map((d) => d.id)).toEqual(corpus.map((d) => d.document.id).sort());
      for (const doc of documents) {
        const ingested = corpus.find((d) => d.document.id === doc.id);
        expect(doc.references.every((r) => r.source.document.id === doc.id)).toBe(true);
        expect(doc.mentions.every((m) => m.source.document.id === doc.id)).toBe(true);
        expect(doc.diagnostics.every((d) => d.file === doc.file && d.line >= 1)).toBe(true);
        expect(doc.diagnostics).toEqual(ingested?.diagnostics);
      }
    });
  });
});
