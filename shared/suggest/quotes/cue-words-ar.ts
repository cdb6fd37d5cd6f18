import { AR_INSTITUTIONS, AR_TITLES, AR_VERBS, type ArabicCue } from '../lexicon/ar';
import { foldedSet, words } from '../lexicon/util';
import { tokenIndexAt } from '../ranges';
import { stripWa, type Token } from '../tokens';
import type { Analysis, SpeakerPhrase } from '../types';
import { type KnownNames, parseArabicSubject } from '../speakers/arabic-subject';
import { issuerOfDocument } from './issuer-ar';

// The word classes and source checks the Arabic cue finder (cues-ar.ts) asks about.

/** قوله، قولها، قولهم: "his saying", after نقل … عن X. */
export const QAWL = new Set(['قوله', 'قولها', 'قولهم', 'قولهما', 'قولهن']);
/** بالقول: «by saying», the cue of a verb that is not one of saying (اكتفى بالقول، ختم حديثه بالقول). */
export const BILQAWL = new Set(['بالقول', 'وبالقول']);
/** Openers of an appositive about the speaker: وهو صاحب محل، وهي طالبة. */
export const APPOSITIVE_OPENERS = new Set(['وهو', 'وهي', 'وهم', 'وهما', 'وهن']);
export const OBJECT_FIRST = new Set(['وصف', 'اتهم']);
export const CONTRASTS = new Set(['لكن', 'ولكن', 'بينما', 'فيما', 'وبينما']);
/** غير / إلا / بيد before أن: a sentence opening "but", whose أن is no complementizer of a reporting verb. */
export const BUT_THAT = new Set(['غير', 'الا', 'بيد', 'وغير']);
/** نقل، نقلت، ينقل: "نقلت الوكالة عن شهود أن …" — the source after عن speaks. */
export const RELAY = new Set(['نقل', 'نقلت', 'ونقل', 'ونقلت', 'فنقل', 'ينقل', 'تنقل', 'وتنقل', 'وينقل']);
/** Present-tense verbs read as impersonal passives right before أن: يذكر أن (it is noted), يتوقع أن (it is expected). */
export const IMPERSONAL = new Set(['يذكر', 'ويذكر', 'فيذكر', 'يتوقع', 'ويتوقع', 'يرجح', 'ويرجح', 'يعتقد', 'ويعتقد', 'يقدر', 'ويقدر']);
/**
 * Verbs of stance that are no report by themselves but whose subject a following participle
 * cue speaks for: "اعترضت النائبة … على القرار، قائلة: «…»", "وطالب المحامي …، مؤكداً أن …".
 */
export const STANCE_VERBS = foldedSet(
  // Only verbs whose object takes a preposition: after a transitive one (طالب X Y) the
  // subject's end cannot be told from its object's start.
  // (رد and تحدث are reporting verbs in AR_VERBS, read there.)
  words(`اعترض اعترضت علق علقت رحب رحبت أشاد أشادت تعهد تعهدت دافع دافعت احتج احتجت
  أوصى أوصت يوصي توصي`),
);
/** Words that make أن a conjunction of time: قبل أن (before), بعد أن (after), منذ أن (since); not إلى, which a verb governs (أشار إلى أن). */
export const TIME_CONJUNCTIONS = foldedSet(words('قبل وقبل بعد وبعد منذ ريثما لحين'));
// الا (ألّا = أن لا): "اشترط ألا يُذكر اسمه" keeps a source unnamed, it reports nothing.
export const NOT_A_REPORT_BEFORE = new Set(['ان', 'لم', 'لن', 'لا', 'كي', 'لكي', 'ما', 'قد_لا', 'عدم', 'الا']);

/** أورد، نشر، بث، عرض: verbs of publishing, a source only after "حسب ما" (وفق ما أورده المكتب الإعلامي). */
const PUBLISHED = foldedSet(words('أورد أوردت نشر نشرت بث بثت عرض عرضت'));
const PUBLISHED_CUE: ArabicCue = { lemma: 'أورد', preps: [''], plural: false, feminine: false, weak: true };

/**
 * The verb after "حسب ما" / "وفق ما" whose subject is the source: a verb of saying, or of publishing. It may
 * carry the pronoun of what was announced (وفق ما أعلنه المعهد).
 */
export function verbAfterMa(w: string): ArabicCue | undefined {
  const bare = w.replace(/(ه|ها|هم)$/u, '');
  const found = AR_VERBS.get(w) ?? AR_VERBS.get(stripWa(w)) ?? (bare.length >= 3 ? AR_VERBS.get(bare) : undefined);
  if (found) return found;
  return PUBLISHED.has(stripWa(w)) || PUBLISHED.has(bare) ? { ...PUBLISHED_CUE, feminine: bare.endsWith('ت') } : undefined;
}

/** Sources that "according to" may name (a person, a body, a document), not "حسب الخطة". */
export function isSource(a: Analysis, s: SpeakerPhrase): boolean {
  if (s.kind === 'name') return true;
  if (!s.role) return false;
  return a.text
    .slice(s.role.start, s.role.end)
    .split(/\s+/)
    .map((w, i) => (i === 0 ? unglueLam(w) : w))
    .some((w) => AR_TITLES.has(w) || AR_INSTITUTIONS.has(w));
}

export const isComma = (t: Token | undefined) => t?.text === '،' || t?.text === ',';

/** لوكالة → وكالة, للوزارة → الوزارة: the source after وفقاً carries a glued ل. */
export const unglueLam = (w: string) => (w.startsWith('لل') ? `ال${w.slice(2)}` : w.startsWith('ل') && w.length > 3 ? w.slice(1) : w);

/** Figures and documents that speak for whoever they belong to: "وفقاً لبيانات المنظمة", "حسب أرقام الديوان". */
// Not تقرير: a report is a source of its own (تقرير الهيئة السنوي).
export const SOURCE_DOCUMENTS = foldedSet(words('بيانات أرقام تقديرات إحصاءات إحصائيات معطيات'));
const LATEST = foldedSet(words('أحدث آخر'));

/** "وفقاً لبيانات المنظمة": the body the figures belong to is the source. */
export function ownerOfDocument(a: Analysis, s: SpeakerPhrase): SpeakerPhrase {
  if (s.name || !s.role) return s;
  let first = tokenIndexAt(a.tokens, s.role.start);
  // "وفقاً لأحدث بيانات الوزارة"، "آخر أرقام الهيئة": the latest figures are still the body's.
  if (LATEST.has(unglueLam((a.tokens[first] as Token).text))) first++;
  const next = a.tokens[first + 1];
  if (!SOURCE_DOCUMENTS.has(unglueLam((a.tokens[first] as Token).text)) || !next || next.kind !== 'word' || next.start >= s.role.end)
    return s;
  const role = { start: next.start, end: s.role.end };
  return { ...s, role, mention: role, definite: true };
}

/** The source behind a document after بحسب / وفقاً: whose figures they are, or who issued it. */
export function sourceOfDocument(a: Analysis, s: SpeakerPhrase, end: number, known: KnownNames): SpeakerPhrase {
  const issuer = issuerOfDocument(a, s, end, known);
  return issuer === s ? ownerOfDocument(a, s) : issuer;
}

/**
 * Where a subject written before its verb starts: after the particle أن / إن ("غير أن مسؤولاً في
 * الوزارة قال …", "إلا أن المدير قال …") and after an interview's question label ("س: الوزير قال …").
 */
export function preverbalStart(tokens: Token[], from: number, verb: number): number {
  for (let k = verb - 2; k >= from && verb - k <= 8; k--) {
    if ((tokens[k] as Token).text === 'ان') {
      from = k + 1;
      break;
    }
  }
  if (/^(س|سؤال)$/.test(tokens[from]?.text ?? '') && tokens[from + 1]?.text === ':') from += 2;
  // "غير أن النائب عن الدائرة، الدكتور سامي …، اعتبر أن": a sentence opening "but" (غير أن، إلا أن، بيد أن)
  // stands before a subject too long for the nearby-أن search above.
  if (BUT_THAT.has(tokens[from]?.text ?? '') && tokens[from + 1]?.text === 'ان' && from + 2 < verb) from += 2;
  return from;
}

/**
 * "…، بحسب رئيس اللجنة، سامي ولد أحمد، الذي أوضح …": the holder of the title after بحسب, named
 * between the next commas; the wider subject and where it ends, or null.
 */
export function holderBetweenCommas(a: Analysis, j: number, end: number, last: number, known: KnownNames): [SpeakerPhrase, number] | null {
  if (!isComma(a.tokens[end + 1])) return null;
  let e = end + 2;
  while (e + 1 <= last && !isComma(a.tokens[e + 1]) && e - end < 7) e++;
  const wider = isComma(a.tokens[e + 1]) ? parseArabicSubject(a, j, e, known, true) : null;
  return wider?.name && wider.role ? [wider, e] : null;
}

/** لوكالة، للصحفيين، بالقول: a preposition glued to a definite or recipient noun. */
export function gluedPreposition(w: string): boolean {
  return (w.startsWith('لل') || w.startsWith('بال') || w.startsWith('لـ')) && w.length > 3;
}

/**
 * "…»، تقول أم نادر وهي تفتح الباب …": وهو / وهي and a present verb open a circumstance about the speaker;
 * it closes a postposed cue's sentence and ends what a verb may govern.
 */
export function circumstanceAt(tokens: Token[], k: number): boolean {
  return APPOSITIVE_OPENERS.has(tokens[k]?.text ?? '') && /^[يت][\u0621-\u064A]{2,7}$/u.test(tokens[k + 1]?.text ?? '');
}

/** The comma closing an aside that opens at `j` (، وهي تحمل طفلها،), within twelve words, or -1. */
export function asideEnd(tokens: Token[], j: number): number {
  for (let e = j + 1; e < tokens.length && e - j <= 12; e++) if (isComma(tokens[e])) return e;
  return -1;
}
