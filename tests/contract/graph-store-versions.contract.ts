/**
 * The GraphStore contract for versions and languages: expressions and wordings are written with their document in one
 * write, read back in the port's order, and replaced and removed with it. Part of `graphStoreContract`: every adapter
 * runs it over the real ingested code, to which each test adds earlier wordings made from the code's own provisions.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expressionId, type Expression, type IngestedDocument, type Provision, type Wording, wordingId } from '../../model/index.ts';
import type { GraphStore } from '../../graph/port.ts';
import { CODE_ID, ingestedCode, provision } from './corpus-fixture.ts';

const ART_4 = provision('art_4');
const ART_22 = provision('art_22');

/** An earlier expression of the code: its text as the national database held it on `versionDate`. */
function earlierExpression(code: IngestedDocument, versionDate: string, language = 'kk'): Expression {
  return {
    id: expressionId(CODE_ID, language, versionDate),
    documentId: CODE_ID,
    language,
    versionDate,
    file: `adilet/appc-350-VI/${versionDate}/kaz.md`,
    sha256: code.document.sha256,
    format: 'adilet',
    amendingActId: null,
  };
}

/** `p`'s wording in `expression`, in force until `validTo`. */
function wordingIn(p: Provision, expression: Expression, validTo: string | null, text = p.text): Wording {
  return {
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
    text,
    status: p.status,
    source: { ...p.source, file: expression.file },
    sourceAnchor: p.sourceAnchor ?? null,
  };
}

export function graphStoreVersionsContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract, versions: ${name}`, () => {
    let store: GraphStore;
    let code: IngestedDocument;
    let versioned: IngestedDocument;
    let art4: Provision;
    let art22: Provision;
    /** A provision the newest version no longer holds: article 22 moved out of the provisions into its wordings only */
    let dropped: IngestedDocument;

    beforeAll(async () => {
      code = await ingestedCode();
      const byId = new Map(code.provisions.map((p) => [p.id, p]));
      art4 = byId.get(ART_4) as Provision;
      art22 = byId.get(ART_22) as Provision;
      const v2022 = earlierExpression(code, '2022-12-30');
      const v2024 = earlierExpression(code, '2024-01-01');
      const ru2024 = earlierExpression(code, '2024-01-01', 'ru');
      // Written newest first and languages mixed, so that reading them back oldest first is the store's doing.
      versioned = {
        ...code,
        expressions: [...code.expressions, v2024, ru2024, v2022],
        wordings: [
          wordingIn(art4, ru2024, null, 'Осы Кодексте пайдаланылатын негізгі понятия'),
          wordingIn(art4, v2024, code.expressions[0]?.versionDate ?? null, `${art4.text} (2024)`),
          wordingIn(art4, v2022, '2024-01-01', `${art4.text} (2022)`),
        ],
      };
      dropped = {
        ...versioned,
        provisions: code.provisions.filter((p) => p.id !== ART_22 && !p.id.startsWith(`${ART_22}__`)),
        wordings: [...versioned.wordings, wordingIn(art22, v2022, '2024-01-01')],
      };
    });
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store?.close();
    });

    it('reads back the one expression of a single text, and none for an unknown document', async () => {
      await store.writeDocument(code);
      expect(code.expressions).toHaveLength(1);
      expect(await store.getExpressions(CODE_ID)).toEqual(code.expressions);
      expect(await store.getExpressions('/akn/kz/act/code/none')).toEqual([]);
      expect(await store.getWordings([ART_4])).toEqual([[]]);
    });

    it('reads expressions and wordings oldest first, then by language, one list per provision in key order', async () => {
      expect((await store.writeDocument(versioned)).status).toBe('created');
      const expressions = await store.getExpressions(CODE_ID);
      expect(expressions.map((e) => e.id)).toEqual([
        `${CODE_ID}/kaz@2022-12-30`,
        `${CODE_ID}/kaz@2024-01-01`,
        `${CODE_ID}/rus@2024-01-01`,
        ...code.expressions.map((e) => e.id),
      ]);
      const [ofArt22, none, ofArt4] = await store.getWordings([ART_22, 'no such id', ART_4]);
      expect(ofArt22).toEqual([]);
      expect(none).toEqual([]);
      expect(ofArt4?.map((w) => [w.validFrom, w.language, w.validTo])).toEqual([
        ['2022-12-30', 'kk', '2024-01-01'],
        ['2024-01-01', 'kk', code.expressions[0]?.versionDate],
        ['2024-01-01', 'ru', null],
      ]);
      expect(ofArt4?.[0]).toEqual(versioned.wordings[2]);
      expect((await store.writeDocument(versioned)).status).toBe('unchanged');
    });

    it('keeps the wordings of a provision the newest version no longer holds', async () => {
      await store.writeDocument(dropped);
      expect(await store.getProvisions([ART_22])).toEqual([null]);
      const [ofArt22 = []] = await store.getWordings([ART_22]);
      expect(ofArt22.map((w) => [w.validFrom, w.heading, w.parentId])).toEqual([['2022-12-30', art22.heading, art22.parentId]]);
    });

    it('reads a document’s wordings whole, oldest first, those of a provision the newest version no longer holds included', async () => {
      await store.writeDocument(dropped);
      const [ofCode = [], none] = await store.wordingsOfDocuments([CODE_ID, '/akn/kz/act/code/none']);
      expect(none).toEqual([]);
      // Article 22's wording reaches no stored provision: read per document, it is there beside article 4's (ids tie-break
      // the same day and language: `~art_22/…` sorts before `~art_4/…`).
      expect(ofCode.map((w) => [w.provisionId, w.validFrom, w.language])).toEqual([
        [ART_22, '2022-12-30', 'kk'],
        [ART_4, '2022-12-30', 'kk'],
        [ART_4, '2024-01-01', 'kk'],
        [ART_4, '2024-01-01', 'ru'],
      ]);
      expect(ofCode[0]).toEqual(dropped.wordings[3]);
      await store.writeDocument(code);
      expect(await store.wordingsOfDocuments([CODE_ID])).toEqual([[]]);
    });

    it('replaces expressions and wordings with their document and removes them with it', async () => {
      await store.writeDocument(dropped);
      expect((await store.writeDocument(code)).status).toBe('replaced');
      expect(await store.getExpressions(CODE_ID)).toEqual(code.expressions);
      expect(await store.getWordings([ART_4, ART_22])).toEqual([[], []]);

      await store.writeDocument(versioned);
      expect(await store.removeDocument(CODE_ID)).toBe(true);
      expect(await store.getExpressions(CODE_ID)).toEqual([]);
      expect(await store.getWordings([ART_4])).toEqual([[]]);
    });

    it('refuses a wording of another document or a repeated one, naming the file, and keeps the stored version', async () => {
      await store.writeDocument(versioned);
      const foreign = { ...(versioned.wordings[0] as Wording), provisionId: '/akn/kz/act/code/none/~art_4' };
      await expect(store.writeDocument({ ...versioned, wordings: [...versioned.wordings, foreign] })).rejects.toThrow(
        new RegExp(`${code.document.file}: wording .* outside the document`),
      );
      await expect(
        store.writeDocument({ ...versioned, wordings: [...versioned.wordings, versioned.wordings[1] as Wording] }),
      ).rejects.toThrow(/wording .* occurs twice/);
      expect(await store.getWordings([ART_4])).toEqual([[versioned.wordings[2], versioned.wordings[1], versioned.wordings[0]]]);
    });
  });
}
