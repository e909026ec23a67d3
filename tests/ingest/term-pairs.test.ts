/** The bilingual term list mined from the aligned texts of the shared exports (ingest/term-pairs.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { readVersionTexts, type VersionTexts } from '../../app/index.ts';
import { DEFAULT_MAX_FILE_BYTES, readActFolder } from '../../ingest/index.ts';
import { pairTerms, type TermTranslation } from '../../ingest/term-pairs.ts';
import { definedTermOf } from '../../text/index.ts';
import { adiletPath } from '../shared-dir.ts';

const CODE = '/akn/kz/act/code/2020-06-29/350-VI';
const ANIMALS = '/akn/kz/act/law/2021-12-30/97-VII';
const CINEMA = '/akn/kz/act/law/2019-01-03/212-VI';

async function texts(...folder: string[]): Promise<VersionTexts> {
  const versions = await readActFolder(adiletPath(...folder), DEFAULT_MAX_FILE_BYTES);
  return readVersionTexts(versions[versions.length - 1] as (typeof versions)[number]);
}

const pairsOf = ({ kazakh, russian }: VersionTexts): TermTranslation[] => (russian ? pairTerms(kazakh, russian) : []);
const asText = (pairs: readonly TermTranslation[]) =>
  pairs.map((p) => ({ kazakh: p.kazakh.term, russian: p.russian.term, provision: p.russian.definitionId }));

describe('the bilingual term list', () => {
  let code: VersionTexts;
  let animals: VersionTexts;
  let cinema: VersionTexts;
  beforeAll(async () => {
    [code, animals, cinema] = await Promise.all([
      texts('appc-350-VI', '2024-01-01'),
      texts('law-2021-animals', '2025-01-01'),
      texts('law-2019-cinema', '2024-08-20'),
    ]);
  });

  it('pairs the terms the aligned subparagraphs of the code`s definitions article define, keeping the provision', () => {
    const pairs = asText(pairsOf(code));
    // kaz.md line 145 `16) жолданым – …`, rus.md line 145 `16) обращение – …`; lines 199: `38) шағым` / `38) жалоба`
    expect(pairs).toContainEqual({ kazakh: 'жолданым', russian: 'обращение', provision: `${CODE}/~art_4__para_1__point_16` });
    expect(pairs).toContainEqual({ kazakh: 'шағым', russian: 'жалоба', provision: `${CODE}/~art_4__para_1__point_38` });
    expect(pairs).toContainEqual({ kazakh: 'арыз иесі', russian: 'заявитель', provision: `${CODE}/~art_4__para_1__point_2` });
    // line 135: the Russian hereinafter form `(далее – мониторинг)` stands between the term and its dash
    expect(pairs).toContainEqual({
      kazakh: 'берілген функциялардың мониторингі',
      russian: 'мониторинг переданных функций',
      provision: `${CODE}/~art_4__para_1__point_14`,
    });
    // rus.md line 953: `Под компетенцией государственного органа понимается …` ("by the competence of a state body is
    // understood …"), as kaz.md line 953 says `… мемлекеттік органның құзыреті деп түсініледі`
    expect(pairs).toContainEqual({
      kazakh: 'мемлекеттік органның құзыреті',
      russian: 'компетенцией государственного органа',
      provision: `${CODE}/~art_41__para_1`,
    });
    // line 1153: a short form introduced in running text, `(бұдан әрі – Комиссия)` / `(далее – Комиссия)`
    expect(pairs).toContainEqual({ kazakh: 'Комиссия', russian: 'Комиссия', provision: `${CODE}/~art_47__para_3` });
    // line 950: a definition and the short form it introduces pair in order, the term with the term
    expect(pairs).toContainEqual({ kazakh: 'мониторинг', russian: 'мониторинг', provision: `${CODE}/~art_4__para_1__point_14` });
    expect(pairs.filter((p) => p.provision.startsWith(`${CODE}/~art_4__para_1__point_`))).toHaveLength(46);
    expect(pairs).toHaveLength(52);
    expect(code.kazakh.terms).toHaveLength(54);
  });

  it('pairs the definitions of both laws, one pair per aligned subparagraph', () => {
    const animalPairs = asText(pairsOf(animals));
    // kaz.md / rus.md line 27: `8) жануарларға арналған панажай – …` / `8) приют для животных – …`
    expect(animalPairs).toContainEqual({
      kazakh: 'жануарларға арналған панажай',
      russian: 'приют для животных',
      provision: `${ANIMALS}/~art_1__point_8`,
    });
    // line 59: both texts name a short form in brackets, (бұдан әрі – …) and (далее – …), which pairs after the term
    expect(animalPairs).toContainEqual({
      kazakh: 'үй жануарлары (компаньон жануарлар)',
      russian: 'домашние животные (животные-компаньоны)',
      provision: `${ANIMALS}/~art_1__point_24`,
    });
    expect(animalPairs).toContainEqual({ kazakh: 'үй жануарлары', russian: 'домашние животные', provision: `${ANIMALS}/~art_1__point_24` });
    expect(animalPairs).toHaveLength(32);
    const cinemaPairs = asText(pairsOf(cinema));
    // rus.md line 35: a participle clause closes the term with a comma before the dash
    expect(cinemaPairs).toContainEqual({
      kazakh: 'Қазақстан Республикасында шығарылған фильмдер',
      russian: 'фильмы, произведенные в Республике Казахстан',
      provision: `${CINEMA}/~art_1__point_9`,
    });
    // kaz.md line 519: `(бұдан әрі осы бапта – заңды тұлға)` ("hereinafter in this article"), Russian `(далее в настоящей статье – …)`
    expect(cinemaPairs).toContainEqual({ kazakh: 'заңды тұлға', russian: 'юридическое лицо', provision: `${CINEMA}/~art_16__para_2` });
    expect(cinemaPairs).toHaveLength(35);
  });

  it('gives each Russian term the language ru and the definition its Kazakh term has', () => {
    for (const { kazakh, russian } of pairsOf(code)) {
      expect(russian.language).toBe('ru');
      expect(kazakh.language).toBe('kk');
      expect(russian.definitionId).toBe(kazakh.definitionId);
      expect(russian.source.file).toMatch(/rus\.md$/);
    }
  });

  it('pairs the short forms of a text whose two languages define different numbers of terms in sentences', () => {
    // cinema 15-бап 1) / статья 15 1) (kaz.md, rus.md line 503): only the Russian says what the subsidy is, the term first
    // (`Субсидией в сфере кинематографии является вид бюджетной субсидии …`); both introduce the agreement's short form
    const provision = `${CINEMA}/~art_15__subpara_1`;
    const defined = (t: VersionTexts['kazakh']) =>
      t.terms.filter((term) => term.definitionId === provision).map((term) => [term.term, term.kind]);
    expect(defined(cinema.kazakh)).toEqual([['келісім', 'shortForm']]);
    expect(cinema.russian && defined(cinema.russian)).toEqual([
      ['Субсидией в сфере кинематографии', 'sentence'],
      ['соглашение', 'shortForm'],
    ]);
    expect(asText(pairsOf(cinema).filter((p) => p.kazakh.definitionId === provision))).toEqual([
      { kazakh: 'келісім', russian: 'соглашение', provision },
    ]);
  });

  it('reads the Russian term before its hereinafter form, as the Kazakh one before (бұдан әрі – …)', () => {
    expect(definedTermOf('мониторинг переданных функций (далее – мониторинг) – совокупность мероприятий')).toBe(
      'мониторинг переданных функций',
    );
    expect(definedTermOf('берілген функциялардың мониторингі (бұдан әрі – мониторинг) – іс-шаралар жиынтығы')).toBe(
      'берілген функциялардың мониторингі',
    );
  });
});
