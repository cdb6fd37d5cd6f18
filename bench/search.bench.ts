// Corpus search on a generated 10,000-document corpus (Arabic and English, with the
// spelling variants real pages have). Prints query latency (target p95 < 30 ms) and the
// time from reopening the corpus to the first answered search (target < 2 s), with and
// without the saved index, side by side.
import { stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Services, openServices } from '../electron/services/api';
import { SEARCH_CACHE_FILE } from '../electron/services/search/cache';
import { ms, peakRssMb, percentile, table, withTempDir } from './util';

const DOCS = Number(process.env.ISNAD_BENCH_DOCS ?? 10_000);
const WORDS_PER_DOC = 350;

/** Small deterministic PRNG so every run searches the same corpus. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AR_WORDS = (
  'وزير الخارجية الأمريكي المتحدث باسم الوزارة قال أكد أضاف أشار مفاوضات وقف إطلاق النار غزة الدوحة القاهرة ' +
  'الحكومة المصرية القطرية الرئيس الاجتماع المقترح الاتفاق الحرب الهدنة المحتجزين المساعدات الإنسانية شاحنة معبر ' +
  'مسؤول مصادر مطلعة البرلمان الانتخابات الاقتصاد التضخم الموازنة المستشفى الضحايا المصابين الصحة التعليم المدارس ' +
  'الجامعة الطلاب الشرطة الجيش القوات الحدود اللاجئين المنظمة الدولية مجلس الأمن القرار العقوبات النفط الغاز الأسعار ' +
  'السوق البنك المركزي الفائدة العملة الدولار المستثمرين الشركة العمال الإضراب النقابة المحكمة القاضي المتهم الحكم'
).split(' ');
const EN_WORDS = (
  'secretary state minister foreign spokesman said added talks ceasefire gaza doha cairo government egyptian qatari ' +
  'president meeting proposal agreement war truce hostages aid humanitarian truck crossing official sources parliament ' +
  'election economy inflation budget hospital victims injured health education schools university students police army ' +
  'forces border refugees organization international security council resolution sanctions oil gas prices market bank ' +
  'central interest currency dollar investors company workers strike union court judge defendant ruling'
).split(' ');
const CLITICS = ['', '', '', 'و', 'ف', 'ب', 'ل', 'وال', 'بال', 'لل', 'وبال'];
const SYLLABLES = ['سا', 'مو', 'يل', 'ور', 'بير', 'ج', 'نت', 'وني', 'بلي', 'نكن', 'خا', 'لد', 'عم', 'ري', 'فا', 'طمة'];
const EN_SYLLABLES = ['sam', 'uel', 'wer', 'berg', 'an', 'to', 'ny', 'blin', 'ken', 'ma', 'ria', 'lo', 'pez', 'kha', 'lid'];

/** Variant spellings: hamza-less alef, ى/ي, Persian ی/ک, ة/ه, diacritics, tatweel, Arabic-Indic digits. */
function variant(word: string, r: () => number): string {
  let w = word;
  if (r() < 0.15) w = w.replace(/[أإآ]/g, 'ا');
  if (r() < 0.05) w = w.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
  if (r() < 0.08) w = w.replace(/ة$/, 'ه');
  if (r() < 0.05) w = w.replace(/(.)/, '$1َ');
  if (r() < 0.02) w = w.replace(/(.)(.)/, '$1ـ$2');
  return w;
}

function name(r: () => number, parts: string[]): string {
  let out = '';
  const n = 2 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) out += parts[Math.floor(r() * parts.length)];
  return out;
}

function article(i: number): { title: string; text: string } {
  const r = rng(i + 1);
  const arabic = i % 3 !== 2;
  const pick = (list: string[]) => list[Math.floor(r() * r() * list.length)] as string;
  const words: string[] = [];
  for (let w = 0; w < WORDS_PER_DOC; w++) {
    const roll = r();
    if (roll < 0.05) words.push(arabic ? name(r, SYLLABLES) : name(r, EN_SYLLABLES));
    else if (roll < 0.08) {
      const n = Math.floor(r() * 500);
      words.push(arabic && r() < 0.5 ? String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] as string) : String(n));
    } else if (arabic) words.push(variant(CLITICS[Math.floor(r() * CLITICS.length)] + pick(AR_WORDS), r));
    else words.push(r() < 0.1 ? pick(EN_WORDS).toUpperCase() : pick(EN_WORDS));
    if (w % 14 === 13) words.push(arabic ? '،' : ',');
    if (w % 60 === 59) words.push('\n\n');
  }
  return { title: `${i} ${words.slice(0, 6).join(' ')}`, text: words.join(' ').replace(/ ([،,])/g, '$1') };
}

const QUERIES = [
  'وزير الخارجية الأمريكي',
  'وزیر الخارجیة الأمریکی',
  '"وقف إطلاق النار"',
  'المتحدث',
  'الخارجية',
  'غزة الدوحة',
  '٧٥',
  '75',
  'مفاوض*',
  'الحكومة -الحرب',
  'secretary of state',
  '"foreign minister"',
  'ceasefire',
  'Werberg',
  'budget inflation',
  'hosp*',
  'samuelberg',
  'الاتفاق المقترح الهدنة',
];

async function firstSearch(dir: string): Promise<{ services: Services; openMs: number; readyMs: number; state: string }> {
  const t0 = performance.now();
  const services = await openServices({ corpusDir: dir, mode: 'browser', version: 'bench', log: () => {} });
  const openMs = performance.now() - t0;
  const state = services.ctx.catalog.status().state;
  const result = await services.dispatch('searchCorpus', { query: 'وزير الخارجية الأمريكي' });
  if (!result.ok) throw new Error(result.error.message);
  return { services, openMs, readyMs: performance.now() - t0, state };
}

await withTempDir(async (root) => {
  const dir = join(root, 'corpus');
  const build = await openServices({ corpusDir: dir, mode: 'browser', version: 'bench', log: () => {} });
  const t0 = performance.now();
  for (let i = 0; i < DOCS; i++) await build.ctx.store.addDocument(article(i));
  await build.ctx.catalog.ready();
  const addMs = performance.now() - t0;
  const c0 = performance.now();
  await build.close();
  const closeMs = performance.now() - c0;
  const cacheBytes = (await stat(join(dir, SEARCH_CACHE_FILE))).size;
  console.log(
    `generated ${DOCS} documents (~${WORDS_PER_DOC} words, 2/3 Arabic) and indexed them as added in ${ms(addMs)}; ` +
      `saving the index on close took ${ms(closeMs)} (${(cacheBytes / 1e6).toFixed(1)} MB)`,
  );

  // Reopen with the saved index: what a journalist waits for after restarting Isnad.
  const warm = await firstSearch(dir);
  const samples: number[] = [];
  const perQuery: Array<Record<string, string | number>> = [];
  for (const clitics of [false, true]) {
    for (const query of QUERIES) {
      const times: number[] = [];
      let total = 0;
      for (let k = 0; k < 6; k++) {
        const s = performance.now();
        const result = await warm.services.dispatch('searchCorpus', { query, clitics });
        times.push(performance.now() - s);
        if (!result.ok) throw new Error(`${query}: ${result.error.message}`);
        total = (result.value as { total: number }).total;
      }
      samples.push(...times);
      perQuery.push({ query: `${query}${clitics ? '  [clitics]' : ''}`, documents: total, p50: ms(percentile(times, 50)) });
    }
  }
  await warm.services.close();

  // Reopen without it: the first run after an upgrade, or a deleted cache.
  await unlink(join(dir, SEARCH_CACHE_FILE));
  const cold = await firstSearch(dir);
  await cold.services.close();

  table(perQuery);
  table([
    { figure: 'query p50 (20 results with snippets)', value: ms(percentile(samples, 50)), target: '' },
    { figure: 'query p95', value: ms(percentile(samples, 95)), target: '< 30 ms' },
    { figure: 'query max', value: ms(Math.max(...samples)), target: '' },
    { figure: 'reopen → first search answered, saved index', value: ms(warm.readyMs), target: '< 2 s' },
    { figure: '  of which opening the corpus store', value: ms(warm.openMs), target: '' },
    { figure: 'reopen → first search answered, index rebuilt from documents', value: ms(cold.readyMs), target: '(fallback)' },
  ]);
  console.log(`peak memory ${peakRssMb().toFixed(0)} MB`);
});
