import { AR_VERBS } from '../lexicon/ar';
import { EN_VERBS } from '../lexicon/en';
import { AR_MONTHS } from '../lexicon/months';
import { foldedSet, words } from '../lexicon/util';
import { stripWa, type Token } from '../tokens';

/**
 * The counted noun the guidelines put inside a count's span: the one word right after the
 * number when it is the noun counted (٩ مدارس، 3,400 workers), not an adjective before it
 * (3,400 striking workers), the first word of a compound (5 police officers), a preposition
 * or an adverb (12 فقط).
 */

const STOP = new Set([
  ...words(
    'of in on at to and or the a an by for from with per than out as that which who were was are is have has had into over about each apiece a',
  ),
  ...foldedSet(
    words(`في من إلى على عن و أو مع منذ حتى خلال بين قبل بعد ما لا لم لن قد فقط تقريبا تقريباً أيضا أيضاً حاليا حالياً يوميا يومياً
  سنويا سنوياً شهريا شهرياً أسبوعيا أسبوعياً على الأقل فأكثر فما فوق آخر أخرى كل نحو حوالي ضمن
  وفق وفقا وفقاً بشكل حسب بحسب لدى عند دون بدون عبر إثر جراء بسبب رغم مقابل لصالح وسط أمام خلف تحت منها منهم فيها عليها
  إلا لكن ثم كما أي حيث لكل بواقع بمعدل بقيمة بنسبة بمبلغ بإجمالي بمجموع`),
  ),
]);
const DETERMINERS = new Set(words('the a an its their his her our this these those'));
/** Periods of a rate after "a": 20 tankers a day. */
const RATE_PERIODS = new Set(words('day week month year night hour minute session season term'));
/** English words ending in s that are not plural nouns. */
const NOT_PLURALS = new Set(
  words(
    'was is has as its this his hers yes us plus less minus versus thus besides towards afterwards unless whereas always perhaps across sometimes nearly mostly ours yours theirs its',
  ),
);
const IRREGULAR_PLURALS = new Set(
  words('people children men women police staff personnel cattle sheep livestock feet teeth mice geese fish'),
);

/** Singular nouns ending in -men, which otherwise reads as a plural (gunmen, fishermen, servicewomen). */
const MEN_SINGULARS = new Set(words('amen omen specimen abdomen regimen acumen stamen semen hymen bitumen albumen cyclamen'));
/** Compounds of the irregular plurals: grandchildren, schoolchildren, gunmen, fishermen, businesswomen. */
const irregularCompound = (w: string) => /^[a-z]{2,}(children|men)$/.test(w) && !MEN_SINGULARS.has(w);

const isPlural = (t: Token) =>
  (/[a-z]s$/.test(t.lower) && !/(ss|us|is)$/.test(t.lower) && !NOT_PLURALS.has(t.lower)) ||
  IRREGULAR_PLURALS.has(t.lower) ||
  irregularCompound(t.lower);

/** Index of the counted noun after a count ending at token `last`, or -1. */
export function countedNoun(tokens: Token[], last: number, lang: 'ar' | 'en'): number {
  const t = tokens[last + 1];
  const before = tokens[last] as Token;
  if (!t || t.kind !== 'word' || t.start - before.end !== 1 || STOP.has(t.lower)) return -1;
  if (lang === 'ar') {
    if (!t.arabic || t.text.startsWith('ال') || AR_MONTHS.has(t.text) || AR_VERBS.has(t.text) || AR_VERBS.has(stripWa(t.text))) return -1;
    return last + 1;
  }
  if (t.arabic || t.capitalized || !isPlural(t) || EN_VERBS.has(t.lower)) return -1;
  const next = tokens[last + 2];
  // "the Act, 2015 allows the government": a word in -s followed by a determiner is a verb.
  // But "20 tankers a day", "3 meals a week": a rate, the noun still counted.
  const rate = /^an?$/.test(next?.lower ?? '') && RATE_PERIODS.has(tokens[last + 3]?.lower ?? '');
  if (next && next.kind === 'word' && DETERMINERS.has(next.lower) && next.start - t.end === 1 && !rate) return -1;
  // "5 police officers": the number counts the compound, so it stands alone.
  if (
    next &&
    next.kind === 'word' &&
    !next.arabic &&
    !next.capitalized &&
    isPlural(next) &&
    !STOP.has(next.lower) &&
    !EN_VERBS.has(next.lower)
  )
    return -1;
  return last + 1;
}
