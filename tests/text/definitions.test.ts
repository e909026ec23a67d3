/** Defined terms read off the real code: its definitions article (4-бап, line 866) and sentences that define. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import { DEFINITIONS_HEADING, definedTermOf, shortFormOf, shortFormsIntroduced, termsDefinedInSentences } from '../../text/index.ts';
import { ingestedCode, provision } from '../contract/corpus-fixture.ts';

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

describe('terms defined in running text (lines quoted from ../shared/adilet)', () => {
  it('reads the short forms a text introduces, with or without a scope, in both languages', () => {
    // appc-350-VI kaz.md / rus.md line 1153
    expect(
      shortFormsIntroduced(
        'Орталық және (немесе) жергілікті атқарушы органдардың функцияларын бәсекелес ортаға беру мәселелері жөніндегі комиссияның (бұдан әрі – Комиссия) шешімдері негізінде',
      ),
    ).toEqual(['Комиссия']);
    expect(
      shortFormsIntroduced('на основании решений Комиссии по вопросам передачи функций … в конкурентную среду (далее – Комиссия).'),
    ).toEqual(['Комиссия']);
    // law-2019-cinema kaz.md line 519: "hereinafter in this article"
    expect(
      shortFormsIntroduced(
        'шетелдіктер қатыспайтын Қазақстан Республикасының заңды тұлғасына (бұдан әрі осы бапта – заңды тұлға) тұрақты сақтауға беріледі.',
      ),
    ).toEqual(['заңды тұлға']);
    expect(shortFormsIntroduced('юридическому лицу Республики Казахстан (далее в настоящей статье – юридическое лицо)')).toEqual([
      'юридическое лицо',
    ]);
    // A bracket that is no short form: `(немесе)` ("or")
    expect(shortFormsIntroduced('Орталық және (немесе) жергілікті атқарушы органдар')).toEqual([]);
  });

  it('reads the Russian `под … понимается` and `… является …` sentences, and no subject from a negation', () => {
    // appc-350-VI rus.md line 953
    expect(termsDefinedInSentences('Под компетенцией государственного органа понимается совокупность установленных полномочий')).toEqual([
      'компетенцией государственного органа',
    ]);
    // law-2019-cinema rus.md line 383
    expect(
      termsDefinedInSentences('Государственный центр поддержки национального кино является некоммерческой организацией, создаваемой в …'),
    ).toEqual(['Государственный центр поддержки национального кино']);
    // appc-350-VI rus.md (статья 112): "failure to appear is no obstacle"; law-2019-cinema статья 14-1: the predicate first
    expect(termsDefinedInSentences('Неявка последнего по неуважительным причинам не является препятствием к рассмотрению')).toEqual([]);
    expect(termsDefinedInSentences('Фильмом для семейного просмотра является игровой фильм со знаком возрастной категории')).toEqual([]);
  });
});
