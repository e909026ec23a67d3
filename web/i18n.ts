/**
 * Interface text: Kazakh first, Russian second. The legal texts themselves are shown as stored;
 * only the words around them change with the locale. Every message exists in both locales
 * (the Russian table is typed by the Kazakh one).
 */

export type Locale = 'kk' | 'ru';
export const LOCALES: readonly Locale[] = ['kk', 'ru'];
export const DEFAULT_LOCALE: Locale = 'kk';

/** Provision types of the API (ProvisionType) */
type ProvisionType =
  | 'SECTION'
  | 'CHAPTER'
  | 'ARTICLE'
  | 'PART'
  | 'SUBPARAGRAPH'
  | 'PARAGRAPH'
  | 'HEADING'
  | 'ITEM'
  | 'FOOTNOTE'
  | 'PREFACE'
  | 'SIGNATURE'
  | 'TOPIC';

const kk = {
  htmlLang: 'kk',
  siteName: 'zangraph',
  tagline: 'Қазақстан заңнамасы: іздеу, өзгерістер, сілтемелер',
  skipToContent: 'Негізгі мазмұнға өту',
  nav: { label: 'Негізгі мәзір', search: 'Іздеу', amendments: 'Өзгерістер', graphiql: 'GraphQL' },
  otherLocaleName: 'Русский',
  search: {
    label: 'Іздеу сұранысы',
    placeholder: 'Мысалы: сотқа шағым, ӘРПК 22-бап',
    submit: 'Іздеу',
    results: (n: number) => `${n} нәтиже`,
    none: 'Ештеңе табылмады. Басқа сөзді немесе сүзгіні көріңіз.',
    filters: 'Сүзгілер',
    anyValue: 'Барлығы',
    apply: 'Қолдану',
    clear: 'Сүзгілерді алып тастау',
    chapterNeedsDocument: 'Тарау бойынша сүзу үшін алдымен құжатты таңдаңыз.',
    understood: 'Сұраныс былай түсінілді',
    reference: (label: string) => `сілтеме: ${label}`,
    words: 'ізделетін сөздер (түбірлер)',
    phrase: 'тек осы тіркес',
    // "also its legal term (thesaurus)": a variant found texts in the term the code uses, ranked below the words typed
    thesaurus: (word: string, term: string) => `${word} сөзі үшін заңдық термин де ізделді (тезаурус, төменірек салмақпен): ${term}`,
    // "its general-language synonyms were searched too (lower weight)"
    synonym: (word: string, terms: string) => `${word} сөзінің жалпы тілдегі синонимдері де ізделді (төменірек салмақпен): ${terms}`,
    // "the word was also searched in the other language's text of the provisions whose own text lacks it"
    otherLanguage: (word: string, term: string) =>
      `${word} сөзі өз мәтінінде жоқ ережелердің басқа тілдегі мәтінінен де ізделді (төменірек салмақпен): ${term}`,
    matched: 'Сәйкес келгені',
    referenceHit: 'Сұраныстағы сілтеме бойынша',
    lastAmended: 'Соңғы өзгеріс',
    page: (n: number) => `${n}-бет`,
    next: 'Келесі бет',
    first: 'Бірінші бет',
    download: 'Нәтижелерді жүктеу',
    more: (n: number) => `Тағы ${n}`,
    corpus: 'Корпустағы құжаттар',
    counts: (documents: number, provisions: number, amendments: number, citations: number) =>
      `${documents} құжат, ${provisions} ереже, ${amendments} өзгеріс, ${citations} сілтеме`,
  },
  facet: { document: 'Құжат', kind: 'Құжат түрі', chapter: 'Тарау', status: 'Күйі', lastAmended: 'Соңғы өзгеріс жылы' },
  kind: {
    CODE: 'Кодекс',
    LAW: 'Заң',
    POLICY: 'Саяси құжат',
    ARTICLE: 'Ғылыми мақала',
    JOURNAL_ARTICLE: 'Ғылыми мақала',
    TEXTBOOK: 'Оқу құралы',
  } as Record<string, string>,
  status: { IN_FORCE: 'Қолданыста', REPEALED: 'Алып тасталған', PENDING: 'Әлі қолданысқа енгізілмеген' } as Record<string, string>,
  actKind: {
    CONSTITUTION: 'Конституция',
    CONSTITUTIONAL_LAW: 'Конституциялық заң',
    CODE: 'Кодекс',
    LAW: 'Заң',
    DECREE: 'Жарлық',
    RESOLUTION: 'Қаулы',
    ORDER: 'Бұйрық',
    CONCEPT: 'Тұжырымдама',
    TREATY: 'Халықаралық шарт',
    OTHER: 'Акт',
  } as Record<string, string>,
  action: {
    AMENDED: 'өзгертілді',
    RESTATED: 'жаңа редакцияда жазылды',
    INSERTED: 'толықтырылды',
    REPEALED: 'алып тасталды',
    OTHER: 'басқа',
  } as Record<string, string>,
  unit: (type: ProvisionType, number: string | null): string => {
    const word: Record<ProvisionType, string> = {
      SECTION: 'бөлім',
      CHAPTER: 'тарау',
      ARTICLE: 'бап',
      PART: 'бөлік',
      SUBPARAGRAPH: 'тармақша',
      PARAGRAPH: 'абзац',
      HEADING: 'бөлім',
      ITEM: 'тармақ',
      FOOTNOTE: 'ескертпе',
      PREFACE: 'кіріспе',
      SIGNATURE: 'қолтаңба',
      TOPIC: 'тақырып',
    };
    if (number === null) return capitalize(word[type]);
    if (type === 'SUBPARAGRAPH') return `${number}) ${word[type]}`;
    if (type === 'TOPIC') return `Тақырып № ${number}`;
    return `${number}-${word[type]}`;
  },
  provision: {
    breadcrumb: 'Орны',
    text: 'Мәтіні',
    repealed: 'алып тасталды',
    pending: 'әлі қолданысқа енгізілмеген', // not yet in force
    // "This provision is not yet in force: it comes into force from <date>."
    pendingFrom: (date: string) => `Бұл норма әлі қолданысқа енгізілмеген: ол ${date} бастап қолданысқа енгізіледі.`,
    // "…: the day it comes into force is counted from the act's official publication, as the note says:"
    pendingCounted:
      'Бұл норма әлі қолданысқа енгізілмеген: оның қолданысқа енгізілетін күні актінің ресми жарияланған күнінен бастап есептеледі, ескертпеде көрсетілгендей:',
    pendingAct: 'Қолданысқа енгізетін акт', // the act that puts it into force
    pendingSince: (date: string) => `${date} бастап`, // from <date>
    contents: 'Мазмұны',
    timeline: 'Өзгерістер тарихы',
    noAmendments: 'Өзгеріс жоқ.',
    cites: 'Сілтемелер',
    noCitations: 'Сілтеме жоқ.',
    citedBy: 'Осы ережеге сілтеме жасайтындар',
    citedByCount: (n: number) => `${n} сілтеме`,
    neighbourhood: 'Сілтемелер желісі',
    neighbourhoodHelp: 'Түйінді басып, ережеге өтіңіз. Тізім графтың мәтіндік нұсқасы.',
    depth: (n: number) => `Тереңдігі ${n}`,
    source: 'Дереккөз',
    sourceLine: (file: string, from: number, to: number) => (from === to ? `${file}, ${from}-жол` : `${file}, ${from}–${to} жолдар`),
    versions: 'Редакциялары',
    asOf: 'Күнгі редакция',
    show: 'Көрсету',
    asOfShown: (date: string) => `${date} күнгі редакция көрсетілген.`,
    current: 'Қолданыстағы редакция',
    period: (from: string, to: string | null) => (to ? `${from} – ${to}` : `${from} бастап`),
    language: 'Мәтін тілі',
    languages: { kk: 'Қазақша', ru: 'Орысша', both: 'Қатар' },
    noRussian: 'Бұл редакцияның орысша мәтіні жоқ.',
    compare: 'Редакцияларды салыстыру',
    from: 'Бастапқы',
    to: 'Кейінгі',
    unchanged: 'Бұл екі редакцияда мәтін өзгермеген.',
    inserted: 'қосылды',
    deleted: 'алынды',
    legend: 'Қосылған сөздердің асты сызылған, алынған сөздердің үсті сызылған.',
    wording: 'Өзгеріске дейінгі және кейінгі мәтін',
    before: 'Дейін',
    after: 'Кейін',
    notHeld: 'сақталмаған',
  },
  /** How a provision changed between two versions (ChangeKind) */
  change: { AMENDED: 'өзгертілді', INSERTED: 'қосылды', REPEALED: 'алып тасталды', REMOVED: 'мәтінде жоқ' } as Record<string, string>,
  document: {
    metadata: 'Құжат туралы',
    number: 'Нөмірі',
    date: 'Күні',
    consolidatedAsOf: 'Мәтін жағдайы',
    publisher: 'Шығарушы',
    authors: 'Авторлары',
    mostAmended: 'Ең көп өзгертілген баптар',
    amendmentsOf: (n: number) => `Осы құжаттың барлық өзгерістері (${n})`,
    relations: 'Басқа актілермен байланысы',
  },
  amendments: {
    title: 'Өзгерістерді шолу',
    document: 'Өзгертілген құжат',
    from: 'Күшіне енген күні, бастап',
    to: 'дейін',
    order: 'Реті',
    newest: 'Алдымен жаңалары',
    oldest: 'Алдымен ескілері',
    total: (n: number) => `${n} өзгеріс`,
    byYear: 'Күшіне енген жылы бойынша',
    byAct: 'Актілер бойынша',
    noDate: 'күні жоқ',
    note: 'Ескертпе (жарияланғандай)',
    feed: 'Atom арнасы',
    none: 'Бұл сүзгі бойынша өзгеріс жоқ.',
    feedTitle: (subject: string) => `Өзгерістер: ${subject}`,
    all: 'барлық құжаттар',
  },
  error: {
    notFound: 'Бет табылмады',
    notFoundText: 'Мұндай мекенжайы бар ереже, құжат немесе акт жоқ.',
    badInput: 'Сұраныс қате',
    failed: 'Сервер қатесі',
  },
};

export type Messages = typeof kk;

const ru: Messages = {
  htmlLang: 'ru',
  siteName: 'zangraph',
  tagline: 'Законодательство Казахстана: поиск, изменения, ссылки',
  skipToContent: 'Перейти к содержанию',
  nav: { label: 'Основное меню', search: 'Поиск', amendments: 'Изменения', graphiql: 'GraphQL' },
  otherLocaleName: 'Қазақша',
  search: {
    label: 'Поисковый запрос',
    placeholder: 'Например: сотқа шағым, ӘРПК 22-бап',
    submit: 'Найти',
    results: (n: number) => `Найдено: ${n}`,
    none: 'Ничего не найдено. Попробуйте другое слово или фильтр.',
    filters: 'Фильтры',
    anyValue: 'Все',
    apply: 'Применить',
    clear: 'Сбросить фильтры',
    chapterNeedsDocument: 'Чтобы отобрать по главе, сначала выберите документ.',
    understood: 'Как понят запрос',
    reference: (label: string) => `ссылка: ${label}`,
    words: 'искомые слова (основы)',
    phrase: 'только эта фраза',
    thesaurus: (word: string, term: string) => `для слова ${word} искался и юридический термин (тезаурус, с меньшим весом): ${term}`,
    synonym: (word: string, terms: string) => `для слова ${word} искались и его синонимы в общем языке (с меньшим весом): ${terms}`,
    otherLanguage: (word: string, term: string) =>
      `слово ${word} искалось и в тексте на другом языке тех положений, в тексте которых его нет (с меньшим весом): ${term}`,
    matched: 'Совпало',
    referenceHit: 'По ссылке из запроса',
    lastAmended: 'Последнее изменение',
    page: (n: number) => `Страница ${n}`,
    next: 'Следующая страница',
    first: 'Первая страница',
    download: 'Скачать результаты',
    more: (n: number) => `Ещё ${n}`,
    corpus: 'Документы корпуса',
    counts: (documents: number, provisions: number, amendments: number, citations: number) =>
      `${documents} документов, ${provisions} норм, ${amendments} изменений, ${citations} ссылок`,
  },
  facet: { document: 'Документ', kind: 'Вид документа', chapter: 'Глава', status: 'Статус', lastAmended: 'Год последнего изменения' },
  kind: {
    CODE: 'Кодекс',
    LAW: 'Закон',
    POLICY: 'Программный документ',
    ARTICLE: 'Научная статья',
    JOURNAL_ARTICLE: 'Научная статья',
    TEXTBOOK: 'Учебное пособие',
  },
  status: { IN_FORCE: 'Действует', REPEALED: 'Исключена', PENDING: 'Еще не введена в действие' },
  actKind: {
    CONSTITUTION: 'Конституция',
    CONSTITUTIONAL_LAW: 'Конституционный закон',
    CODE: 'Кодекс',
    LAW: 'Закон',
    DECREE: 'Указ',
    RESOLUTION: 'Постановление',
    ORDER: 'Приказ',
    CONCEPT: 'Концепция',
    TREATY: 'Международный договор',
    OTHER: 'Акт',
  },
  action: { AMENDED: 'изменена', RESTATED: 'изложена в новой редакции', INSERTED: 'дополнена', REPEALED: 'исключена', OTHER: 'иное' },
  unit: (type: ProvisionType, number: string | null): string => {
    const word: Record<ProvisionType, string> = {
      SECTION: 'Раздел',
      CHAPTER: 'Глава',
      ARTICLE: 'Статья',
      PART: 'Часть',
      SUBPARAGRAPH: 'Подпункт',
      PARAGRAPH: 'Абзац',
      HEADING: 'Раздел',
      ITEM: 'Пункт',
      FOOTNOTE: 'Сноска',
      PREFACE: 'Вступление',
      SIGNATURE: 'Подпись',
      TOPIC: 'Тема',
    };
    if (number === null) return word[type];
    if (type === 'SUBPARAGRAPH') return `${word[type]} ${number})`;
    if (type === 'TOPIC') return `${word[type]} № ${number}`;
    return `${word[type]} ${number}`;
  },
  provision: {
    breadcrumb: 'Место в документе',
    text: 'Текст',
    repealed: 'исключена',
    pending: 'еще не введена в действие',
    pendingFrom: (date: string) => `Норма еще не введена в действие: она вводится в действие с ${date}.`,
    pendingCounted:
      'Норма еще не введена в действие: срок ее введения в действие отсчитывается со дня официального опубликования акта, как указано в сноске:',
    pendingAct: 'Акт, вводящий в действие',
    pendingSince: (date: string) => `с ${date}`,
    contents: 'Содержание',
    timeline: 'История изменений',
    noAmendments: 'Изменений нет.',
    cites: 'Ссылки из текста',
    noCitations: 'Ссылок нет.',
    citedBy: 'Ссылаются на эту норму',
    citedByCount: (n: number) => `ссылок: ${n}`,
    neighbourhood: 'Сеть ссылок',
    neighbourhoodHelp: 'Нажмите на узел, чтобы открыть норму. Список — текстовая версия графа.',
    depth: (n: number) => `Глубина ${n}`,
    source: 'Источник',
    sourceLine: (file: string, from: number, to: number) => (from === to ? `${file}, строка ${from}` : `${file}, строки ${from}–${to}`),
    versions: 'Редакции',
    asOf: 'Редакция на дату',
    show: 'Показать',
    asOfShown: (date: string) => `Показана редакция на ${date}.`,
    current: 'Действующая редакция',
    period: (from: string, to: string | null) => (to ? `${from} – ${to}` : `с ${from}`),
    language: 'Язык текста',
    languages: { kk: 'Казахский', ru: 'Русский', both: 'Рядом' },
    noRussian: 'Русского текста этой редакции нет.',
    compare: 'Сравнение редакций',
    from: 'Ранняя',
    to: 'Поздняя',
    unchanged: 'В этих двух редакциях текст не менялся.',
    inserted: 'добавлено',
    deleted: 'исключено',
    legend: 'Добавленные слова подчёркнуты, исключённые зачёркнуты.',
    wording: 'Текст до и после изменения',
    before: 'До',
    after: 'После',
    notHeld: 'нет в базе',
  },
  change: { AMENDED: 'изменено', INSERTED: 'добавлено', REPEALED: 'исключено', REMOVED: 'нет в тексте' },
  document: {
    metadata: 'О документе',
    number: 'Номер',
    date: 'Дата',
    consolidatedAsOf: 'Текст по состоянию на',
    publisher: 'Издатель',
    authors: 'Авторы',
    mostAmended: 'Чаще всего изменявшиеся статьи',
    amendmentsOf: (n: number) => `Все изменения документа (${n})`,
    relations: 'Связи с другими актами',
  },
  amendments: {
    title: 'Обзор изменений',
    document: 'Изменённый документ',
    from: 'Вступление в силу, с',
    to: 'по',
    order: 'Порядок',
    newest: 'Сначала новые',
    oldest: 'Сначала старые',
    total: (n: number) => `Изменений: ${n}`,
    byYear: 'По году вступления в силу',
    byAct: 'По актам',
    noDate: 'без даты',
    note: 'Примечание (как в тексте)',
    feed: 'Лента Atom',
    none: 'По этому фильтру изменений нет.',
    feedTitle: (subject: string) => `Изменения: ${subject}`,
    all: 'все документы',
  },
  error: {
    notFound: 'Страница не найдена',
    notFoundText: 'Нормы, документа или акта с таким адресом нет.',
    badInput: 'Неверный запрос',
    failed: 'Ошибка сервера',
  },
};

const MESSAGES: Record<Locale, Messages> = { kk, ru };

export function messages(locale: Locale): Messages {
  return MESSAGES[locale];
}

function capitalize(word: string): string {
  return word.charAt(0).toLocaleUpperCase('kk') + word.slice(1);
}

/**
 * The locale of a request: `?lang=` when given, else Russian when the browser's first language is
 * Russian, else Kazakh.
 */
export function chooseLocale(url: URL, acceptLanguage: string | null): Locale {
  const asked = url.searchParams.get('lang');
  if (asked === 'kk' || asked === 'ru') return asked;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('ru') ? 'ru' : DEFAULT_LOCALE;
}
