/** References in the textbook (004): the many ways it cites the Code of Administrative Offences, the laws, the Constitution and dated orders. */
import { describe, expect, it } from 'vitest';
import { findReferences } from '../../ingest/citations/index.ts';
import { joined, TEXTBOOK } from './citations-fixture.ts';
import { citationsAt, COAO, CONSTITUTION, ingested, mentionedAt, summary } from './references-fixture.ts';
import { CRIMINAL_PROCEDURE, LAW_ENFORCEMENT_SERVICE } from '../acts.ts';

const textbook = ingested(TEXTBOOK);

describe('the textbook (004)', () => {
  it('reads `ҚР ӘҚБтК-нің 786-бабы` (5080) and `ҚПК-нің 128-бабы` (5084) with their acts named', () => {
    expect(citationsAt(textbook, 5080).map(summary)).toEqual([`${COAO} | article=786 | named`]);
    expect(citationsAt(textbook, 5084).map(summary)).toEqual([`${CRIMINAL_PROCEDURE} | article=128 | named`]);
  });

  it('cites the ӘҚБтК from context with the bare label `(786-бап)` (8380), and its quoted `осы баптың 1), 3), 4), 5) және 7)` (8389) as article 786', () => {
    expect(citationsAt(textbook, 8380).map(summary)).toEqual([`${COAO} | article=786 | context`]);
    expect(citationsAt(textbook, 8389).map(summary)).toEqual(
      ['1', '3', '4', '5', '7'].map((n) => `${COAO} | article=786 subparagraph=${n} | context`),
    );
  });

  it('reads the quoted code text `Осы Кодекстің 685-бабына` (8548) as the ӘҚБтК, not the textbook itself', () => {
    expect(citationsAt(textbook, 8548).map(summary)).toEqual([`${COAO} | article=685 | context`]);
  });

  it('expands the range `787-789-баптарының` (5046) and the colon list `ӘҚБтК: 651, 652, 667, 676, 677, 680, 681-баптары` (5972)', () => {
    expect(citationsAt(textbook, 5046).map((c) => c.ref.article)).toEqual(['787', '788', '789']);
    const list = citationsAt(textbook, 5972);
    expect(list.map((c) => c.ref.article)).toEqual(['651', '652', '667', '676', '677', '680', '681']);
    expect(new Set(list.map((c) => c.targetActId))).toEqual(new Set([COAO]));
  });

  it('follows the chain `80-бабы 1-тармағының 1), 2), 4) тармақшаларында` (2409) and the range `12) - 16)` (2498) of the Law on law-enforcement service', () => {
    expect(citationsAt(textbook, 2409).map(summary)).toEqual(
      ['1', '2', '4'].map((n) => `${LAW_ENFORCEMENT_SERVICE} | article=80 part=1 subparagraph=${n} | named`),
    );
    expect(citationsAt(textbook, 2498).map((c) => c.ref.subparagraph)).toEqual(['12', '13', '14', '15', '16']);
  });

  it('cites the Constitution, articles 77 (947, part 6), 12 (6459, 11165) and 34 (11248)', () => {
    const at = (line: number) =>
      citationsAt(textbook, line)
        .filter((c) => c.targetActId === CONSTITUTION)
        .map((c) => c.ref.article);
    expect([947, 6459, 11165, 11248].map(at)).toEqual([['77'], ['12'], ['12'], ['34']]);
    expect(citationsAt(textbook, 947)[0]?.ref.part).toBe('6');
  });

  it('reads `осы заңды тұлғаның` (15567, "of this legal entity") as no mention of a law, beside the law it follows (15591)', () => {
    expect(mentionedAt(textbook, 15567)).toEqual([]);
    expect(mentionedAt(textbook, 15591)).toEqual(['/akn/kz/act/unknown/сыбайлас-жемқорлыққа-қарсы-күрес-туралы']);
  });

  it('keys decrees and orders by kind, date and number, so a quoted title (1921, 1947) and a bibliography entry (2633, 2069) meet', () => {
    expect(mentionedAt(textbook, 1921)).toEqual(['/akn/kz/act/decree/2013-12-31/720']);
    expect(mentionedAt(textbook, 2633)).toEqual(['/akn/kz/act/decree/2013-12-31/720']);
    expect(mentionedAt(textbook, 1947)).toEqual(['/akn/kz/act/order/2011-05-27/246']);
    expect(mentionedAt(textbook, 2069)).toEqual(['/akn/kz/act/order/2011-05-27/246']);
    expect(textbook.acts.find((a) => a.id === '/akn/kz/act/decree/2013-12-31/720')).toMatchObject({
      kind: 'decree',
      date: '2013-12-31',
      number: '720',
    });
  });

  it('finds the Law on state service by its title (1917, printed № 216) and by its date (2619, printed № 416), and flags the misprinted number', () => {
    expect(mentionedAt(textbook, 1917)).toEqual(['/akn/kz/act/law/2015-11-23/416-V']);
    expect(mentionedAt(textbook, 2619)).toEqual(['/akn/kz/act/law/2015-11-23/416-V']);
    expect(textbook.diagnostics.filter((d) => d.rule === 'act-number-mismatch').map((d) => d.line)).toEqual([1917]);
  });

  it('does not take `ар-намыс кодексіне` (code of honour, 1547, 14526) for a code, nor `осы бөлімшелер` (these subdivisions, 11861) for a section', () => {
    for (const line of [1547, 14526]) expect(findReferences(joined(TEXTBOOK, line).text, { generic: true }), `line ${line}`).toEqual([]);
    expect(citationsAt(textbook, 11861)).toEqual([]);
  });

  it('reads a generic `Кодекстің 787-бабында` (8962) as the ӘҚБтК the topic names, but finds no generic word in the code itself', () => {
    expect(citationsAt(textbook, 8962).map(summary)).toEqual([`${COAO} | article=787 | context`]);
    expect(findReferences('Кодексте белгіленген мерзімдер')).toEqual([]);
  });
});
