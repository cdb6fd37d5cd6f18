// The generated corpus of the search bench: 10,000 news-like documents (2/3 Arabic) with a
// Zipf vocabulary, names, numbers, set phrases and the spelling variants real pages have.
// Deterministic, so every run searches the same corpus.

export const WORDS_PER_DOC = 350;

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

// A Zipf-distributed vocabulary like news text: a few very common words, a long tail of
// rare ones (word forms synthesized from roots and patterns), names, and numbers.
const AR_COMMON = 'في من على إلى أن عن مع هذا التي الذي قال وقال كان بين بعد قبل خلال حتى كما أو لا ما هو هي'.split(' ');
const AR_ROOTS =
  'كتب قتل حرب سلم فوض وقف طلق نور خرج دخل حكم رأس وزر شرك عمل جمع قرر نشر حدث صرح علم درس طبب مرض صحح سكن بني هدم زرع صنع تجر نقل سفر وصل رحل عود قصف هجم دفع حمي أمن جيش شرط قضي حقق سجن فرج طلب رفض قبل وعد خطط'.split(
    ' ',
  );
const AR_PATTERNS = [
  '$1ا$2$3',
  'م$1$2و$3',
  '$1$2ا$3ة',
  'ت$1ا$2$3',
  'م$1ا$2$3ة',
  'ا$1$2ا$3',
  '$1ا$2$3ون',
  'م$1$2$3',
  '$1$2ي$3',
  '$1$2$3ات',
  'است$1$2ا$3',
  'م$1$2$3ين',
];
const EN_COMMON = 'the of and to in a said that for on was with by he it as at from is has his have are were its be an'.split(' ');
const EN_STEMS =
  'secret state minist foreign spoke talk cease gover presid meet propos agree war truce host humanit truck cross offic source parlia elect econom inflat budget hospit victim injur health educat school univers student polic army force border refug organ secur counc resolut sanction oil price market bank currenc invest compan worker strike union court judg defend rul'.split(
    ' ',
  );
const EN_SUFFIXES = ['', 's', 'ed', 'ing', 'er', 'ers', 'ation', 'ary', 'al', 'ly', 'ment', 'ity'];
const AR_VOCAB = AR_ROOTS.flatMap((root) =>
  AR_PATTERNS.map((p) =>
    p
      .replace('$1', root[0] as string)
      .replace('$2', root[1] as string)
      .replace('$3', root[2] as string),
  ),
);
const EN_VOCAB = EN_STEMS.flatMap((stem) => EN_SUFFIXES.map((suffix) => stem + suffix));
const CLITICS = ['', '', '', '', 'و', 'ف', 'ب', 'ل', 'ال', 'ال', 'وال', 'بال', 'لل', 'وبال'];
const SYLLABLES = [
  'سا',
  'مو',
  'يل',
  'ور',
  'بير',
  'ج',
  'نت',
  'وني',
  'بلي',
  'نكن',
  'خا',
  'لد',
  'عم',
  'ري',
  'فا',
  'طمة',
  'كر',
  'يم',
  'نا',
  'دي',
];
const EN_SYLLABLES = [
  'sam',
  'uel',
  'wer',
  'berg',
  'an',
  'to',
  'ny',
  'blin',
  'ken',
  'ma',
  'ria',
  'lo',
  'pez',
  'kha',
  'lid',
  'ro',
  'sa',
  'vic',
  'tor',
];
const AR_PHRASES = ['وزير الخارجية الأمريكي', 'وزیر الخارجیة الأمریکی', 'وقف إطلاق النار', 'المتحدث باسم الخارجية', 'مجلس الأمن الدولي'];
const EN_PHRASES = ['Secretary of State', 'foreign minister', 'the State Department spokesman', 'Security Council'];

/** Rank k with probability ∝ 1/k over n words. */
function zipf<T>(list: T[], r: () => number): T {
  return list[Math.min(list.length - 1, Math.floor(Math.exp(r() * Math.log(list.length + 1))) - 1)] as T;
}

/** Variant spellings: hamza-less alef, Persian ی/ک, ة/ه, a vowel mark, tatweel. */
function variant(word: string, r: () => number): string {
  let w = word;
  if (r() < 0.15) w = w.replace(/[أإآ]/g, 'ا');
  if (r() < 0.03) w = w.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
  if (r() < 0.08) w = w.replace(/ة$/, 'ه');
  if (r() < 0.04) w = w.replace(/(.)/, '$1َ');
  if (r() < 0.01) w = w.replace(/(.)(.)/, '$1ـ$2');
  return w;
}

function name(r: () => number, parts: string[]): string {
  let out = '';
  const n = 2 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) out += parts[Math.floor(r() * parts.length)];
  return out;
}

export function article(i: number): { title: string; text: string } {
  const r = rng(i + 1);
  const arabic = i % 3 !== 2;
  const words: string[] = [];
  for (let w = 0; w < WORDS_PER_DOC; w++) {
    const roll = r();
    if (roll < 0.35) words.push(arabic ? zipf(AR_COMMON, r) : zipf(EN_COMMON, r));
    else if (roll < 0.38) words.push(arabic ? name(r, SYLLABLES) : name(r, EN_SYLLABLES));
    else if (roll < 0.4) {
      const n = Math.floor(r() * 500);
      words.push(arabic && r() < 0.5 ? String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] as string) : String(n));
    } else if (roll < 0.402) words.push(arabic ? zipf(AR_PHRASES, r) : zipf(EN_PHRASES, r));
    else if (arabic) words.push(variant(CLITICS[Math.floor(r() * CLITICS.length)] + zipf(AR_VOCAB, r), r));
    else words.push(r() < 0.05 ? zipf(EN_VOCAB, r).toUpperCase() : zipf(EN_VOCAB, r));
    if (w % 14 === 13) words.push(arabic ? '،' : ',');
    if (w % 60 === 59) words.push('\n\n');
  }
  return { title: `${i} ${words.slice(0, 6).join(' ')}`, text: words.join(' ').replace(/ ([،,])/g, '$1') };
}
