/** Telling the language of a query: Kazakh letters, Russian letters, words and inflections, then the index's vocabulary. */
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageByLetters } from '../../search/language.ts';

describe('languageByLetters', () => {
  it.each([
    ['ӘРПК 22-бап', 'kk'], // article 22 of the code
    ['мөлшерлестік', 'kk'], // proportionality
    ['шағым беру мерзімі', 'kk'], // time limit for filing a complaint
    ['соразмерность', 'ru'], // proportionality: a Russian abstract-noun ending
    ['медиация в суде', 'ru'], // mediation in court: the preposition в
    ['статья 22', 'ru'], // article 22: the unit word
    ['ст. 22', 'ru'],
    ['пункт 3 статьи 5', 'ru'],
    ['что такое жалоба', 'ru'], // what is a complaint
    ['ещё', 'ru'], // the letter ё
    ['апелляционное обжалование', 'ru'], // adjective and -ние noun
  ])('reads %s as %s', (query, language) => {
    expect(languageByLetters(query)).toBe(language);
  });

  it.each(['продюсер', 'кассация', 'срок подачи жалобы', '22-бап'])(
    'leaves %s open: its letters and endings fit both languages',
    (query) => {
      expect(languageByLetters(query)).toBeNull();
    },
  );
});

describe('detectLanguage', () => {
  it('searches the language the caller forces, whatever the query looks like', () => {
    expect(detectLanguage('22-бап', { forced: 'ru' })).toBe('ru');
    expect(detectLanguage('статья 22', { forced: 'kk' })).toBe('kk');
  });

  it('never sends a query to a language the index holds no text in', () => {
    expect(detectLanguage('статья 22', { available: ['kk'] })).toBe('kk');
  });

  it('settles a query its letters leave open by the vocabulary each language holds', () => {
    const russianTerms = new Set(['срок', 'подач', 'жалоб']);
    const vocabulary = (language: 'kk' | 'ru', terms: readonly string[]): number =>
      language === 'ru' ? terms.filter((t) => russianTerms.has(t)).length : 0;
    expect(detectLanguage('срок подачи жалобы', { vocabulary })).toBe('ru');
    expect(detectLanguage('продюсер', { vocabulary })).toBe('kk');
  });

  it('takes Kazakh, every document’s language, when nothing settles it', () => {
    expect(detectLanguage('продюсер')).toBe('kk');
  });
});
