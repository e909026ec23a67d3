/** References in the policy papers (000, 001) and the relations between documents: the code's many names, its section 2, repeals, respondsTo. */
import { describe, expect, it } from 'vitest';
import { findReferences } from '../../ingest/citations/index.ts';
import { CODE, joined, POLICY_JUDICIAL, POLICY_PROCEDURES } from './citations-fixture.ts';
import { CODE_ID, citationsAt, DRAFT_CONCEPT_2030, ingested, mentionedAt } from './references-fixture.ts';

const procedures = ingested(POLICY_PROCEDURES);
const judicial = ingested(POLICY_JUDICIAL);
const code = ingested(CODE);
const LAW_2000 = '/akn/kz/act/law/2000-11-27/107-II';
const LAW_2007 = '/akn/kz/act/law/2007-01-12/221-III';

describe('the policy papers (000, 001)', () => {
  it('resolves every name of the code in 000 to the code: рәсімдік-процестік (41), іс жүргізу (132, 376), процедуралар және сот ісін жүргізу (137)', () => {
    for (const line of [41, 132, 137, 376]) expect(mentionedAt(procedures, line), `line ${line}`).toContain(CODE_ID);
  });

  it('reads plain `жаңа кодексте` (153) and `осы кодекстің мәнінен` (251) in 000 and `Соңғы кодекс` (122) in 001 as the code last named, and says so', () => {
    for (const [doc, line] of [
      [procedures, 153],
      [procedures, 251],
      [judicial, 122],
    ] as const) {
      const mention = doc.mentions.find((m) => m.source.startLine === line);
      expect(mention).toMatchObject({ actId: CODE_ID, actFromContext: true });
    }
  });

  it('resolves `кодекске 2-бөлім` (000:147) to section 2 of the code, across documents', () => {
    const [citation] = citationsAt(procedures, 147);
    expect(citation).toMatchObject({ raw: 'кодекске 2-бөлім', targetActId: CODE_ID, targetId: `${CODE_ID}/~sec_2`, resolved: true });
    expect(code.provisions.find((p) => p.id === citation?.targetId)).toMatchObject({ type: 'section', num: '2' });
  });

  it("names 001's codes: the CODE_ID as `Әкімшілік іс жүргізу кодексі` (121, 262), and the Laws on Mediation (253), Arbitration (254) and the AIFC (257)", () => {
    expect(mentionedAt(judicial, 121)).toEqual([CODE_ID]);
    expect(mentionedAt(judicial, 262)).toContain(CODE_ID);
    expect([253, 254, 257].map((l) => mentionedAt(judicial, l))).toEqual([
      ['/akn/kz/act/law/2011-01-28/401-IV'],
      ['/akn/kz/act/law/2016-04-08/488-V'],
      ['/akn/kz/act/constitutionalLaw/2015-12-07/438-V'],
    ]);
  });

  it('tells the 2010–2020 Concept (001:17) from the draft 2030 Concept (001:364, 368 `Тұжырымдама жобасында`)', () => {
    expect(mentionedAt(judicial, 17)).toEqual(['/akn/kz/act/concept/2009-08-24/858']);
    expect(mentionedAt(judicial, 364)).toEqual([DRAFT_CONCEPT_2030]);
    expect(mentionedAt(judicial, 368)).toEqual([DRAFT_CONCEPT_2030]);
  });

  it('does not read the OSCE `іске асыру тұжырымдамасы` (implementation plan, 000:238) or `этика кодексінің` (001:43) as acts', () => {
    expect(mentionedAt(procedures, 238)).toEqual([CODE_ID]);
    expect(findReferences(joined(POLICY_JUDICIAL, 43).text, { generic: true })).toEqual([]);
  });

  it('names the repealed laws of 2000 and 2007 (000:56-57), the two Civil Procedure Codes (58, 60) and the 2015 Law on informatization (000:119)', () => {
    expect(mentionedAt(procedures, 56)).toEqual([LAW_2000]);
    // `1999 жылғы Азаматтық іс жүргізу кодексімен` (58-59) is the old Civil Procedure Code, `2015 жылғы жаңа …` (60) the new one.
    expect([58, 60].map((l) => mentionedAt(procedures, l))).toEqual([
      ['/akn/kz/act/code/1999-07-13/411-I'],
      ['/akn/kz/act/code/2015-10-31/377-V'],
    ]);
    expect(mentionedAt(procedures, 57)).toEqual([LAW_2007]);
    expect(mentionedAt(procedures, 119)).toEqual(['/akn/kz/act/law/2015-11-24/418-V']);
  });
});

describe('relations between documents', () => {
  it('makes the code repeal the two laws its article 175 part 3 lists before `күші жойылды деп танылсын` (9828, 9848)', () => {
    const repeals = code.relations.filter((r) => r.type === 'repeals');
    expect(repeals.map((r) => [r.actId, r.source.startLine])).toEqual([
      [LAW_2000, 9828],
      [LAW_2007, 9848],
    ]);
  });

  it('makes both papers respond to the draft 2030 Concept their titles name (`… жобасына альтернативті ұсыныстар`)', () => {
    for (const doc of [procedures, judicial]) {
      expect(doc.relations.filter((r) => r.type === 'respondsTo').map((r) => r.actId)).toEqual([DRAFT_CONCEPT_2030]);
    }
  });
});
