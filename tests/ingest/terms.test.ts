/** Defined terms as data, read off the real corpus: the code's definitions article (4-бап, line 866) and sentences that define. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import { termId } from '../../model/index.ts';
import { extractTerms } from '../../ingest/index.ts';
import { CODE_ID, ingestedCode, ingestedCorpus, provision } from '../contract/corpus-fixture.ts';

const TEXTBOOK_ID = '/akn/kz/doc/textbook/2021/internal-affairs-administrative-activity';

describe('defined terms stage', () => {
  let code: IngestedDocument;
  let corpus: IngestedDocument[];
  beforeAll(async () => {
    code = await ingestedCode();
    corpus = await ingestedCorpus();
  });

  it('gives a term for each of the 45 subparagraphs of the definitions article but the repealed one', () => {
    const points = code.provisions.filter((p) => p.type === 'subparagraph' && p.parentId === provision('art_4__para_1'));
    expect(points).toHaveLength(45);
    const defining = new Set(code.terms.map((t) => t.definitionId));
    // 12) was repealed by law 241-VIII (line 938): it holds a note, not a definition
    expect(points.filter((p) => !defining.has(p.id)).map((p) => p.eId)).toEqual(['art_4__para_1__point_12']);
    // A provision's first term is the one it defines; a short form it introduces follows it.
    const byDefinition = new Map([...code.terms].reverse().map((t) => [t.definitionId, t]));
    // lines 869, 891, 950 (the short form `(бұдан әрі - мониторинг)` is not part of the term, but a term after it), 1107, 1170
    expect(byDefinition.get(provision('art_4__para_1__point_1'))?.term).toBe('арыз');
    expect(byDefinition.get(provision('art_4__para_1__point_4'))?.term).toBe('әкімшілік акт');
    expect(byDefinition.get(provision('art_4__para_1__point_14'))?.term).toBe('берілген функциялардың мониторингі');
    expect(byDefinition.get(provision('art_4__para_1__point_31-1'))?.term).toBe('петиция');
    expect(byDefinition.get(provision('art_4__para_1__point_38'))?.term).toBe('шағым');
    expect(code.terms.filter((t) => t.definitionId === provision('art_4__para_1__point_14')).map((t) => t.term)).toEqual([
      'берілген функциялардың мониторингі',
      'мониторинг',
    ]);
  });

  it('gives each term its id, language and the span of its definition', () => {
    const term = code.terms.find((t) => t.term === 'әкімшілік акт');
    expect(term).toMatchObject({
      id: termId(CODE_ID, 'kk', 'әкімшілік акт'),
      documentId: CODE_ID,
      language: 'kk',
      definitionId: provision('art_4__para_1__point_4'),
    });
    expect(term?.source.startLine).toBe(891);
  });

  it('reads terms defined in sentences elsewhere, and keeps a term defined twice at its first definition', () => {
    const byTerm = new Map(code.terms.map((t) => [t.term, t.definitionId]));
    // line 2153: `… тұлға мүдделі тұлға деп танылады`; line 2915: `… мемлекеттік органның құзыреті деп түсініледі`
    expect(byTerm.get('мүдделі тұлға')).toBe(provision('art_30__para_1'));
    expect(byTerm.get('мемлекеттік органның құзыреті')).toBe(provision('art_41__para_1'));
    // line 5544 defines арыз иесі again for its chapter; the definitions article (line 875) comes first
    expect(byTerm.get('арыз иесі')).toBe(provision('art_4__para_1__point_2'));
    expect(new Set(code.terms.map((t) => t.id)).size).toBe(code.terms.length);
  });

  it('reads the textbook`s `… дегеніміз – …` definitions and takes no predicate for a term', () => {
    const textbook = corpus.find((d) => d.document.id === TEXTBOOK_ID);
    const terms = textbook?.terms.map((t) => t.term) ?? [];
    // lines 4764 and 10550–10578
    expect(terms).toEqual(expect.arrayContaining(['Қоғамдық ықпал', 'Ұсыныс', 'Арыз', 'Шағым', 'Үн қосу', 'Сұрау салу']));
    // line 5715 `… үшін кінәлі деп танылады` (is found guilty), 5887 `… қасақана жасалған деп танылады`
    expect(terms.some((t) => /кінәлі|жасалған/u.test(t))).toBe(false);
  });

  it('reads a definitions article whose definitions are numbered `1.` or not numbered, as it reads `1)`', () => {
    // The code's 4-бап with its subparagraphs retyped as parts and as unnumbered paragraphs: the same 54 terms
    const byDefinition = (type: 'part' | 'paragraph') =>
      extractTerms(
        code.document,
        code.provisions.map((p) => (p.type === 'subparagraph' && p.parentId === provision('art_4__para_1') ? { ...p, type } : p)),
      ).map((t) => t.term);
    const terms = code.terms.map((t) => t.term);
    expect(byDefinition('part')).toEqual(terms);
    expect(byDefinition('paragraph')).toEqual(terms);
    // …and not the article's opening sentence, `1. Осы Кодексте қамтылған ұғымдар мынадай мағынада қолданылады:` (line 867)
    expect(terms.some((t) => /қолданылады/u.test(t))).toBe(false);
  });
});
