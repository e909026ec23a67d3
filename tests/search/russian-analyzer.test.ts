/**
 * The Russian analyzer on words of the acts' Russian texts (`rus.md` of every act under ../shared/adilet): the inflections it must
 * conflate, the words it must keep apart, ё/е folding and the function words it leaves out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRussian, contentTerms, russianAnalyzer, stemRussian } from '../../search/analyzer/index.ts';
import { adiletPath } from '../shared-dir.ts';

const texts = readdirSync(adiletPath()).flatMap((act) =>
  act.endsWith('.md') ? [] : readdirSync(adiletPath(act)).map((version) => adiletPath(act, version, 'rus.md')),
);
const words = new Set(
  texts.flatMap((file) => {
    try {
      return (
        readFileSync(file, 'utf8')
          .toLowerCase()
          .match(/\p{L}+/gu) ?? []
      );
    } catch {
      return []; // a version exported without its Russian text
    }
  }),
);

/** Forms of one word, as the code prints them: each group must stem alike. */
const CONFLATIONS: string[][] = [
  ['соразмерность', 'соразмерными', 'соразмерном'], // proportionality, proportionate (natural's Porter stemmer splits these)
  ['жалоба', 'жалобы', 'жалобу', 'жалобе', 'жалоб', 'жалобам'], // complaint
  ['административный', 'административного', 'административным', 'административных', 'административная'], // administrative
  ['орган', 'органа', 'органов', 'органом', 'органы', 'органами'], // body (Snowball alone cuts `органа`, `органы` to `орга`)
  ['статья', 'статьи', 'статье'], // article
  ['участник', 'участника', 'участников', 'участники'], // participant
  ['обжалование', 'обжалования', 'обжалованию'], // appeal
  ['суд', 'суда', 'судом', 'суде'], // court
  ['срок', 'срока', 'сроки', 'сроков'], // time limit
  ['решение', 'решения', 'решений'], // decision
];

/** Words of different meaning that must not meet on one stem. */
const KEPT_APART: Array<[string, string]> = [
  ['истец', 'ответчик'], // claimant, defendant
  ['заявление', 'заявитель'], // application, applicant
  ['административный', 'администрацией'], // administrative, (by the) administration
  ['орган', 'организация'], // body, organization (the stem fix must not reach it)
];

describe('Russian analyzer', () => {
  it('reads its test words from the Russian texts of the acts', () => {
    const listed = [...CONFLATIONS.flat(), ...KEPT_APART.flat()];
    expect(listed.filter((w) => !words.has(w))).toEqual([]);
  });

  it.each(CONFLATIONS.map((forms) => [forms[0] ?? '', forms]))('conflates the forms of %s', (_, forms) => {
    expect(new Set(forms.map(stemRussian)).size).toBe(1);
  });

  it.each(KEPT_APART)('keeps %s and %s apart', (a, b) => {
    expect(stemRussian(a)).not.toBe(stemRussian(b));
  });

  it('makes one known false conflation: `судья` (judge) meets `суд` (court), so each finds the other', () => {
    expect(words.has('судья')).toBe(true);
    expect(stemRussian('судья')).toBe(stemRussian('суд'));
  });

  it('folds ё into е, so either spelling finds the other', () => {
    expect(analyzeRussian('ещё счёт').map((t) => t.term)).toEqual(analyzeRussian('еще счет').map((t) => t.term));
  });

  it('marks function words as stop words and leaves them out of the index terms', () => {
    const tokens = analyzeRussian('Срок подачи жалобы в суд и для участника');
    expect(tokens.filter((t) => t.stop).map((t) => t.term)).toEqual(['в', 'и', 'для']);
    expect(contentTerms(tokens)).toEqual(['срок', 'подач', 'жалоб', 'суд', 'участник']);
  });

  it('leaves question words out, so a question ranks on what it asks about', () => {
    // `какую` (which) would meet `какой` in `в той мере, в какой` (to the extent that) of the access to information law
    expect(contentTerms(analyzeRussian('какую информацию нельзя ограничивать'))).toEqual(
      contentTerms(analyzeRussian('информацию нельзя ограничивать')),
    );
    expect(contentTerms(analyzeRussian('когда и сколько платить'))).toEqual(contentTerms(analyzeRussian('платить')));
  });

  it('keeps legal numbers whole and offsets on the printed characters', () => {
    const text = 'Статья 15-1. Обжалование';
    const tokens = russianAnalyzer.analyze(text);
    expect(tokens.map((t) => t.term)).toEqual(['стат', '15-1', 'обжал']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Статья', '15-1', 'Обжалование']);
  });
});
