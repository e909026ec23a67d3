/**
 * A law whose units an amending act put in with a later commencement, printed as that note in place of their text, in
 * the shape of the access to information law (401-V, version 2026-06-11, kaz.md L31–L35: `7-2) алғашқы ресми
 * жарияланған күнінен бастап қолданысқа енгізіледі - ҚР 09.01.2026 № 256-VIII Заңымен;`, "comes into force from the
 * day of its first official publication, by the Law …") and of an article put in from a date. That export lies outside
 * the repository and the shared exports hold no such unit, so its shape is written here once: the export segmenter's
 * tests read the texts, the web's tests import them as an act folder, as `npm run import` does.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PENDING_WORK_ID = '/akn/kz/act/law/2015-11-16/401-V';

export const PENDING_KAZAKH = [
  '# Сынақ туралы',
  '',
  '**1-бап. Осы Заңда пайдаланылатын негізгі ұғымдар**',
  '',
  '7-1) қоғамдық маңызы бар ақпарат – осы Заңның 6-бабында белгіленген ақпарат;',
  '',
  '7-2) алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі - ҚР 09.01.2026 № 256-VIII Заңымен;',
  '',
  '**1-2-бап. 01.01.2027 бастап қолданысқа енгізіледі - ҚР 30.12.2025 № 248-VIII Заңымен.**',
  '',
  '**2-бап. Екінші**',
  '',
  '1. Осы Заң 2016 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.',
  '',
  '**Қазақстан Республикасының Президенті**',
].join('\n');

export const PENDING_RUSSIAN = [
  '# Об испытании',
  '',
  '**Статья 1. Основные понятия, используемые в настоящем Законе**',
  '',
  '7-1) общественно значимая информация – информация, определенная статьей 6 настоящего Закона;',
  '',
  '7-2) вводится в действие по истечении шести месяцев после дня его первого официального опубликования в соответствии с Законом РК от 09.01.2026 № 256-VIII;',
  '',
  '**Статья 1-2. Вводится в действие с 01.01.2027 в соответствии с Законом РК от 30.12.2025 № 248-VIII.**',
  '',
  '**Статья 2. Вторая**',
  '',
  '1. Настоящий Закон вводится в действие с 1 января 2016 года.',
  '',
  '**Президент Республики Казахстан**',
].join('\n');

/** The version's meta.yaml: the work (form ЗАК, a law; its requisite and date give its id) and the version date. */
const META = [
  "act_code: '95458'",
  'requisite: Закон Республики Казахстан от 16 ноября 2015 года № 401-V ЗРК',
  'title:',
  '  rus: Об испытании',
  '  kaz: Сынақ туралы',
  'form: ЗАК',
  'approved_on: 2015-11-16',
  'version_date:',
  '  kaz: 2026-06-11',
  '  rus: 2026-06-11',
  '',
].join('\n');

/** Write the act as an export folder under `dir` (`<dir>/law-pending/2026-06-11/` with kaz.md, rus.md and meta.yaml); its path. */
export async function writePendingAct(dir: string): Promise<string> {
  const act = join(dir, 'law-pending');
  const version = join(act, '2026-06-11');
  await mkdir(version, { recursive: true });
  await writeFile(join(version, 'kaz.md'), PENDING_KAZAKH);
  await writeFile(join(version, 'rus.md'), PENDING_RUSSIAN);
  await writeFile(join(version, 'meta.yaml'), META);
  return act;
}
