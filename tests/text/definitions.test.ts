/** Defined terms read off the real code: its definitions article (4-бап, line 866) and sentences that define. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readVersionTexts } from '../../app/index.ts';
import { DEFAULT_MAX_FILE_BYTES, readActFolder } from '../../ingest/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { DEFINITIONS_HEADING, definedTermOf, shortFormOf, shortFormsIntroduced, termsDefinedInSentences } from '../../text/index.ts';
import { ingestedCode, provision } from '../contract/corpus-fixture.ts';
import { adiletPath } from '../shared-dir.ts';

describe('defined terms', () => {
  let code: IngestedDocument;
  beforeAll(async () => {
    code = await ingestedCode();
  });

  it('finds the definitions article by its heading, and only it', () => {
    const articles = code.provisions.filter((p) => p.type === 'article' && DEFINITIONS_HEADING.test(p.heading ?? ''));
    expect(articles.map((a) => a.id)).toEqual([provision('art_4')]);
  });

  it('knows the other wordings of a definitions article`s heading, and not a heading about one notion', () => {
    for (const heading of [
      'Осы Заңда пайдаланылатын негізгі ұғымдар',
      'Осы Заңда пайдаланылатын ұғымдар', // notions used in this Law
      'Основные понятия, используемые в настоящем Законе',
      'Понятия, используемые в настоящем Законе',
      'Негізгі терминдер мен анықтамалар', // basic terms and definitions
      'Основные термины и определения',
    ])
      expect(DEFINITIONS_HEADING.test(heading), heading).toBe(true);
    expect(DEFINITIONS_HEADING.test('Понятие и виды административных актов')).toBe(false); // the notion and kinds of …
    expect(DEFINITIONS_HEADING.test('Әкімшілік актінің ұғымы және түрлері')).toBe(false);
  });

  it('reads the term of every subparagraph of the definitions article', () => {
    const points = code.provisions.filter((p) => p.type === 'subparagraph' && p.id.startsWith(`${provision('art_4')}__`));
    // 45 numbered subparagraphs `N) term - …` from line 866 on (some repealed ones carry a note instead of a term)
    const terms = points.map((p) => definedTermOf(p.text)).filter((t) => t !== null);
    expect(terms.length).toBeGreaterThanOrEqual(40);
    // lines 877 (2) and 891 (4)
    expect(definedTermOf(code.provisions.find((p) => p.id === provision('art_4__para_1__point_2'))?.text ?? '')).toBe('арыз иесі');
    expect(definedTermOf(code.provisions.find((p) => p.id === provision('art_4__para_1__point_4'))?.text ?? '')).toBe('әкімшілік акт');
  });

  it('reads the short form a definition introduces, and none where it introduces none', () => {
    // line 950: `14) берілген функциялардың мониторингі (бұдан әрі - мониторинг) - …` (monitoring of transferred functions)
    const monitoring = code.provisions.find((p) => p.id === provision('art_4__para_1__point_14'))?.text ?? '';
    expect(definedTermOf(monitoring)).toBe('берілген функциялардың мониторингі');
    expect(shortFormOf(monitoring)).toBe('мониторинг');
    expect(shortFormOf(code.provisions.find((p) => p.id === provision('art_4__para_1__point_4'))?.text ?? '')).toBeNull();
  });

  it('reads a term defined with дегеніміз, and no term from a sentence that only uses a dash', () => {
    expect(definedTermOf('Медиация дегеніміз – тараптардың келісімге келуі')).toBe('Медиация');
    expect(definedTermOf('Шағым беру мерзімі өткен жағдайда, шағым қайтарылады.')).toBeNull();
    expect(
      definedTermOf(
        'Осы Кодекстің 22-бабының бірінші бөлігінде көзделген мән-жайлар болған кезде, сот, егер тараптар осы мәселе бойынша сот талқылауына келмесе - іс қарайды.',
      ),
    ).toBeNull();
  });
});

describe('defined terms in the access to information law (401-V, version 2026-06-11; subparagraphs of article 1 quoted)', () => {
  it('leaves an exception clause out of the term, before it in Kazakh and after it in Russian', () => {
    expect(
      definedTermOf(
        'мемлекет жүз пайыз қатысатын тұлғаларды қоспағанда, квазимемлекеттік сектор субъектілері бірінші басшыларының блог-платформасы – азаматтардың сұрау салуды жіберу … мүмкіндігін қамтамасыз ететін ақпараттандыру объектісі;',
      ),
    ).toBe('квазимемлекеттік сектор субъектілері бірінші басшыларының блог-платформасы');
    expect(
      definedTermOf(
        'блог-платформа первых руководителей субъектов квазигосударственного сектора, за исключением лиц со стопроцентным участием государства – объект информатизации, …',
      ),
    ).toBe('блог-платформа первых руководителей субъектов квазигосударственного сектора');
  });

  it('reads no term from a commencement note printed where a definition is still to come', () => {
    expect(definedTermOf('алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі - ҚР 09.01.2026 № 256-VIII Заңымен;')).toBeNull();
  });
});

describe('terms defined in running text (the code 350-VI and the cinema law, read from ../shared/adilet)', () => {
  /** The text of the unit `eId` in each language of an export version */
  const texts: Record<string, { kk: string; ru: string }> = {};
  beforeAll(async () => {
    for (const [act, folder, eIds] of [
      ['code', ['appc-350-VI', '2024-01-01'], ['art_47__para_3', 'art_41__para_1', 'art_112__para_3']],
      ['cinema', ['law-2019-cinema', '2024-08-20'], ['art_16__para_2', 'art_13__para_1', 'art_14-1__para_2']],
    ] as const) {
      const versions = await readActFolder(adiletPath(...folder), DEFAULT_MAX_FILE_BYTES);
      const { kazakh, russian } = readVersionTexts(versions[versions.length - 1] as (typeof versions)[number]);
      const text = (doc: IngestedDocument | null, eId: string) => doc?.provisions.find((p) => p.eId === eId)?.text ?? '';
      for (const eId of eIds) texts[`${act} ${eId}`] = { kk: text(kazakh, eId), ru: text(russian, eId) };
    }
  });
  const unit = (key: string) => texts[key] ?? { kk: '', ru: '' };

  it('reads the short forms a text introduces, with or without a scope, in both languages', () => {
    // code kaz.md / rus.md line 1153 (47-бап 3): `… комиссияның (бұдан әрі – Комиссия) …`, its `(немесе)` ("or") no
    // short form; `(далее – Комиссия)`
    expect(shortFormsIntroduced(unit('code art_47__para_3').kk)).toEqual(['Комиссия']);
    expect(shortFormsIntroduced(unit('code art_47__para_3').ru)).toEqual(['Комиссия']);
    // cinema kaz.md line 519 (16-бап 2): `(бұдан әрі осы бапта – заңды тұлға)`, "hereinafter in this article"
    expect(shortFormsIntroduced(unit('cinema art_16__para_2').kk)).toEqual(['заңды тұлға']);
    expect(shortFormsIntroduced(unit('cinema art_16__para_2').ru)).toEqual(['юридическое лицо']);
  });

  it('reads the Russian `под … понимается` and `… является …` sentences, the term first or last, and no subject from a negation', () => {
    // code rus.md line 953: `Под компетенцией государственного органа понимается …`
    expect(termsDefinedInSentences(unit('code art_41__para_1').ru)).toEqual(['компетенцией государственного органа']);
    // cinema rus.md line 383: `Государственный центр поддержки национального кино является некоммерческой организацией …`
    expect(termsDefinedInSentences(unit('cinema art_13__para_1').ru)).toEqual(['Государственный центр поддержки национального кино']);
    // code статья 112 3, its second sentence: `Неявка последнего … не является препятствием …` ("failure to appear is no
    // obstacle");
    // cinema статья 14-1 2: `Фильмом для семейного просмотра является игровой фильм …`, the term first, in the
    // instrumental ("a film for family viewing is a feature film …")
    expect(Object.values(texts).every((t) => t.kk !== '' && t.ru !== '')).toBe(true);
    expect(unit('code art_112__para_3').ru).toMatch(/\. Неявка [^.]* не является /u);
    expect(unit('cinema art_14-1__para_2').ru).toMatch(/^Фильмом для семейного просмотра является /u);
    expect(termsDefinedInSentences(unit('code art_112__para_3').ru)).toEqual([]);
    expect(termsDefinedInSentences(unit('cinema art_14-1__para_2').ru)).toEqual(['Фильмом для семейного просмотра']);
  });
});
