/** Derivations in the analyzers (Kazakh loanwords, Russian verbs and adjectives): the conflations they make, and the false ones they must not. */
import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../search/analyzer/index.ts';
import { analyzeRussian } from '../../search/analyzer/russian.ts';

const term = (word: string): string => indexTerms(word).join(' ');

describe('loanword derivations', () => {
  it('joins -ия nouns with their -лық adjectives and their inflections, whatever vowel comes before -ия', () => {
    const pairs: Array<[string, string]> = [
      ['апелляциялық', 'апелляция'], // of appeal (lines of the code: "апелляциялық сатыдағы сот")
      ['апелляцияға', 'апелляция'],
      ['функциялық', 'функция'],
      ['конституциялық', 'конституция'],
      ['коррупциялық', 'коррупция'],
      ['партиялар', 'партия'],
      ['пропорциялы', 'пропорция'], // proportionate (art. 10 part 1 of the code: "жарамды, қажетті және пропорциялы")
    ];
    for (const [derived, noun] of pairs) expect(term(derived), derived).toBe(term(noun));
  });

  it('joins -ив loans with their -тік/-ті forms', () => {
    expect(term('объективтік')).toBe(term('объектив'));
    expect(term('объективті')).toBe(term('объектив'));
  });

  it('joins verbs and participles built on loan nouns with the noun', () => {
    expect(term('эмансипацияланған')).toBe(term('эмансипация')); // art. 27 part 3 of the code
    expect(term('аутсорсингтеу')).toBe(term('аутсорсинг')); // art. 48 of the code
  });

  it('leaves native words with look-alike endings apart', () => {
    const apart: Array<[string, string]> = [
      ['тарау', 'тар'], // chapter, narrow
      ['иесі', 'иланған'], // its owner; no loan noun in -ия before -лан
      ['ұялан', 'ұя'], // to be ashamed, nest: not a loan in -ия
      ['сауда', 'сау'], // trade, healthy
      ['жолданым', 'жол'], // an application, road
      ['медиация', 'медиатор'], // mediation and the mediator stay two terms
      ['қиял', 'қия'], // imagination, slope: too short a stem to be a loan in -ия
    ];
    for (const [a, b] of apart) expect(term(a), `${a} / ${b}`).not.toBe(term(b));
  });
});

describe('Russian derivations', () => {
  const russian = (word: string): string =>
    analyzeRussian(word)
      .map((t) => t.term)
      .join(' ');

  it('joins a verbal noun, its verb in either aspect and its participle', () => {
    const families = [
      ['ограничение', 'ограничивать', 'ограничить', 'ограниченный'], // restriction, to restrict (access to information law)
      ['заслушивание', 'заслушать', 'заслушивает'], // hearing (the code's art. 73: "заслушивание участника")
      ['предоставление', 'предоставлять', 'предоставить'], // provision, to provide (л after a labial)
      ['признание', 'признать', 'признается'], // recognition, to recognise
      ['обжалование', 'обжаловать'], // appeal, to appeal
      ['отказ', 'отказывать', 'отказать'], // refusal, to refuse
      ['требование', 'требовать'], // requirement, to require
    ];
    for (const [noun, ...derived] of families)
      for (const word of derived) expect(russian(word), `${word} / ${noun}`).toBe(russian(noun ?? ''));
  });

  it('joins an adjective with its noun', () => {
    const pairs: Array<[string, string]> = [
      ['молодежный', 'молодежь'], // of youth, youth (youth policy law)
      ['информационный', 'информация'], // informational, information: -ционный on a loan in -ция
      ['государственный', 'государство'], // of the state, state
      ['бюджетных', 'бюджет'],
    ];
    for (const [adjective, noun] of pairs) expect(russian(adjective), adjective).toBe(russian(noun));
  });

  it('leaves apart words whose look-alike derivation is another word, and short stems', () => {
    const apart: Array<[string, string]> = [
      ['основной', 'основание'], // main, ground
      ['способный', 'способ'], // able, means
      ['обратный', 'обратиться'], // reverse, to apply
      ['передать', 'перед'], // to transfer, before
      ['органы', 'орг'], // bodies: a base of three letters is no verbal noun's
      ['временный', 'время'], // temporary, time: the base `врем` is too short
      ['объективный', 'объект'], // objective, object: -ив is no verb's suffix without its а
    ];
    for (const [a, b] of apart) expect(russian(a), `${a} / ${b}`).not.toBe(russian(b));
  });

  it('joins the forms of a word whose last syllable drops its vowel, and keeps cruel apart from hard', () => {
    const families = [
      ['прививка', 'прививок', 'прививки'], // inoculation (genitive plural прививок: the peacekeeping law's art. 10)
      ['проверка', 'проверок'], // inspection
      ['ребенок', 'ребенка', 'ребенку'], // child
      ['истец', 'истца', 'истцом'], // plaintiff
      ['владелец', 'владельца', 'владельцев'], // owner (е becomes ь: the animals law's владелец животного)
      ['восток', 'востока'], // east: a vowel that never drops goes in every form
    ];
    for (const [word, ...forms] of families) for (const form of forms) expect(russian(form), `${form} / ${word}`).toBe(russian(word ?? ''));
    expect(russian('жестокий')).not.toBe(russian('жесткий')); // cruel (жестокое обращение), hard
  });
});
