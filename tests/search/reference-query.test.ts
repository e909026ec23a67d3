/** Parsing direct reference queries into the eId they name, whatever inflection and word order the analyst uses. */
import { describe, expect, it } from 'vitest';
import { analyzeTokens } from '../../search/analyzer/index.ts';
import { enclosingEIds, parseReferenceQuery } from '../../search/reference-query.ts';

const parse = (query: string) => parseReferenceQuery(analyzeTokens(query));

describe('reference queries', () => {
  it('reads an article number before the unit word, hyphenated or not', () => {
    expect(parse('15-1-бап')?.eId).toBe('art_15-1');
    expect(parse('15-1 бап')?.eId).toBe('art_15-1');
  });

  it('reads an article and its part in any inflection: 22-баптың 2-бөлігі, 22-бабының 2-тармағы', () => {
    expect(parse('ӘРПК 22-бап 2-бөлік')?.eId).toBe('art_22__para_2');
    expect(parse('22-баптың 2-бөлігі')?.eId).toBe('art_22__para_2');
    expect(parse('22-бабының 2-тармағы')?.eId).toBe('art_22__para_2');
  });

  it('reads ordinal words as numbers: 22-баптың бірінші бөлігінің, екінші бөлік 22-бап', () => {
    expect(parse('22-баптың бірінші бөлігінің')?.eId).toBe('art_22__para_1');
    expect(parse('екінші бөлік 22-бап')?.eId).toBe('art_22__para_2');
    expect(parse('4-баптың бірінші бөлігінің оныншы тармақшасы')?.eId).toBe('art_4__para_1__point_10');
    // An ordinal that numbers no unit is a word of the query.
    expect(parse('22-бап бірінші')?.rest.map((t) => t.term)).toEqual(['бірінші']);
  });

  it('reads a subparagraph below a part', () => {
    expect(parse('4-бап 1-бөлік 14-1-тармақша')?.eId).toBe('art_4__para_1__point_14-1');
  });

  it('reads English and Russian word orders: article 4, статья 4', () => {
    expect(parse('article 4')?.eId).toBe('art_4');
    expect(parse('статья 4')?.eId).toBe('art_4');
  });

  it('keeps the abbreviation naming the document and the remaining words apart', () => {
    const ref = parse('ӘРПК 4-бап медиация');
    expect(ref?.documentNames).toEqual(['әрпк']);
    expect(ref?.rest.map((t) => t.term)).toEqual(['медиация']);
  });

  it('finds no reference in a query without an article number', () => {
    expect(parse('әкімшілік актінің күшін жою')).toBeNull();
    expect(parse('2-бөлік')).toBeNull();
    expect(parse('бап')).toBeNull();
  });

  it('falls back from the eId a reference names through each enclosing one to its article', () => {
    expect(enclosingEIds('art_4__para_1__point_14-1')).toEqual(['art_4__para_1__point_14-1', 'art_4__para_1', 'art_4']);
    expect(enclosingEIds('art_15-1')).toEqual(['art_15-1']);
  });
});
