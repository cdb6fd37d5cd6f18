import type { QuoteCandidate } from '../quotes/candidate';
import { tokenIndexAt } from '../ranges';
import type { Mention } from '../speakers/coref';
import type { Analysis, Token } from '../types';
import { type KnownNames, type Parsed, readPhrase } from '../speakers/arabic';
import { PERSON_OR_BODY, W, type WordFlags } from './words';

/**
 * The features of one candidate speaker mention of an Arabic quote: where the span sits (before or
 * after the cue and the quote, how far, what punctuation lies between), what the engine's own word
 * lists say of its words and of the words around it, its length and shape, whether the verb's
 * visible gender agrees, and whether the rules produced it. None is the identity of a word.
 */
const BASE = [
  'rulePick',
  'rulePickOverlap',
  'trackerMention',
  'rulesNone',
  'noCue',
  'direct',
  'rightAfterCue',
  'rightBeforeCue',
  'nearBeforeCue',
  'betweenCueAndQuote',
  'beforeQuote',
  'afterQuote',
  'rightAfterQuote',
  'gapCue',
  'gapQuote',
  'sameSentence',
  'previousSentence',
  'commaBetween',
  'commaBefore',
  'commaAfter',
  'colonAfter',
  'opensSentence',
  'firstGiven',
  'givenShare',
  'firstTitle',
  'firstHonorific',
  'firstInstitution',
  'firstPeople',
  'firstKin',
  'firstParticle',
  'firstDefinite',
  'firstGlued',
  'firstPlace',
  'lastTitle',
  'lastInstitution',
  'lastNisba',
  'lastDefinite',
  'lastParticle',
  'lastGiven',
  'definiteShare',
  'anyStop',
  'anyVerb',
  'anyTime',
  'anyNumber',
  'anyLatin',
  'anyPlace',
  'anyPreposition',
  'sameAsBefore',
  'prevHonorific',
  'prevTitle',
  'prevVerb',
  'prevPreposition',
  'prevGiven',
  'prevParticle',
  'prevAccording',
  'nextVerb',
  'nextTitle',
  'nextGiven',
  'nextParticle',
  'nextNisba',
  'nextStop',
  'words1',
  'words2',
  'words3',
  'words4',
  'words5',
  'feminineSpan',
  'feminineVerb',
  'genderAgrees',
  'genderClashes',
  'pluralSpan',
  'knownName',
  'namedBefore',
  'readerMention',
  'readerName',
  'readerRole',
  'readerLonger',
  'firstDocument',
  'firstVerbShape',
  'anyVerbShape',
  'lastPossessive',
  'anyPersonWord',
] as const;
type BaseFeature = (typeof BASE)[number];
/**
 * A linear model weighs each feature alone; where a span sits changes what its words mean (a given name
 * right after the cue is the subject, one after the quote rarely is), so each place is paired with the
 * lexical features that matter most.
 */
const PLACES = ['rightAfterCue', 'rightBeforeCue', 'nearBeforeCue', 'betweenCueAndQuote', 'afterQuote', 'previousSentence'] as const;
const PAIRED = [
  'readerMention',
  'firstGiven',
  'firstTitle',
  'firstInstitution',
  'firstPeople',
  'words1',
  'commaAfter',
  'nextVerb',
  'anyStop',
  'knownName',
] as const;
export const MENTION_FEATURES: readonly string[] = [...BASE, ...PLACES.flatMap((p) => PAIRED.map((l) => `${p}*${l}`))];
const F = Object.fromEntries(BASE.map((f, i) => [f, i])) as Record<BaseFeature, number>;
const PAIRS = PLACES.flatMap((p) => PAIRED.map((l) => [F[p], F[l]] as const));

/** One candidate span: token indices (inclusive), folded offsets, and its features in MENTION_FEATURES order. */
export interface MentionCandidate {
  first: number;
  last: number;
  start: number;
  end: number;
  /** Kept only when asked for (training); the engine keeps only the score. */
  features: Float64Array | null;
  /** The model's score before the softmax, when a model weighed it. */
  z: number;
  /** One of its words is a name the rules met in the document. */
  named: boolean;
}

/** Words no speaker mention starts or ends on: prepositions, stop words, time words, reporting verbs. */
const NEVER_EDGE = W.stop | W.preposition | W.pronounPreposition | W.verb | W.time | W.according;

/** How far before the cue or quote and after the quote the window reaches, in tokens (within its sentences). */
const BEFORE = 40;
const AFTER = 15;
/** The longest span proposed, in words. */
export const MAX_WORDS = 5;

/** Per-document lookups shared by every quote's candidates. */
export interface TaggerContext {
  a: Analysis;
  flags: WordFlags;
  /** Folded ranges (keyOf) of every mention the rules made. */
  ruleMentions: ReadonlySet<number>;
  /** Surnames and name words the rules met in the document (its own words, looked up, never stored in weights). */
  known: ReadonlySet<string>;
  /** Words of the names the rules found as speakers (a later surname on its own repeats one). */
  nameWords: ReadonlySet<string>;
  /** Folded ranges of every quote, so no candidate is taken from inside one. */
  quoteAt: (offset: number) => boolean;
  /** What the rules' phrase reader read from each token, once per document. */
  reads: Map<number, Parsed | null>;
}

/** A range as one number (offsets stay far below 2^22 · 2^31). */
export const keyOf = (start: number, end: number) => start * 4194304 + end;

/** The visible gender of a reporting verb: قالت، تقول (feminine), قال، يقول (masculine), or unknown (participles, according-to). */
function verbGender(w: string): 'f' | 'm' | '' {
  const bare = w.length > 3 && (w.startsWith('و') || w.startsWith('ف')) ? w.slice(1) : w;
  if (bare.endsWith('وا') || bare.endsWith('ون')) return '';
  if (bare.endsWith('ت') || bare.startsWith('ت')) return 'f';
  if (bare.startsWith('ي') || bare.length <= 5) return 'm';
  return '';
}

/**
 * Every span of one to five words around the quote that could name its speaker: in the sentence of
 * the cue (or of the quote's start) and the sentence before it, up to the end of the quote's last
 * sentence; never inside a quotation; never across punctuation or a line break; starting and ending
 * on an Arabic word.
 */
export function mentionCandidates(
  ctx: TaggerContext,
  q: QuoteCandidate,
  rulePick: Mention | null,
  weigh?: (x: Float64Array) => number,
): MentionCandidate[] {
  const { a, flags } = ctx;
  const tokens = a.tokens;
  if (tokens.length === 0) return [];
  const qFirst = Math.min(tokenIndexAt(tokens, q.range.start), tokens.length - 1);
  const qLast = Math.max(qFirst, tokenIndexAt(tokens, q.range.end) - 1);
  const cueFirst = q.cue ? Math.min(tokenIndexAt(tokens, q.cue.start), tokens.length - 1) : -1;
  const cueLast = q.cue ? Math.max(cueFirst, tokenIndexAt(tokens, q.cue.end) - 1) : -1;
  const anchor = cueFirst >= 0 ? Math.min(cueFirst, qFirst) : qFirst;
  const anchorSentence = a.sentences[(a.sentenceOf[anchor] ?? 0) - 1] ?? a.sentences[a.sentenceOf[anchor] ?? 0];
  const lastSentence = a.sentences[a.sentenceOf[Math.max(qLast, cueLast)] ?? 0];
  const from = Math.max(anchorSentence?.first ?? 0, anchor - BEFORE);
  const to = Math.min(lastSentence?.last ?? tokens.length - 1, Math.max(qLast, cueLast) + AFTER);
  const qSentence = a.sentenceOf[qFirst] ?? 0;
  const cueSentence = cueFirst >= 0 ? (a.sentenceOf[cueFirst] ?? qSentence) : qSentence;
  const cueWord = cueFirst >= 0 ? (tokens[cueFirst] as Token).text : '';
  const gender = cueWord ? verbGender(cueWord) : '';
  const rulesNone = rulePick ? 0 : 1;
  const out: MentionCandidate[] = [];
  // What the rules' own phrase reader reads from each start to the end of its sentence (their grammar of names
  // and roles): once per start in the document, as the windows of neighbouring quotes overlap.
  const readerAt = (i: number) => {
    let read = ctx.reads.get(i);
    if (read === undefined) {
      read = readPhrase(a, i, a.sentences[a.sentenceOf[i] ?? 0]?.last ?? i, ctx.known as KnownNames);
      ctx.reads.set(i, read);
    }
    return read;
  };
  // Asked of every word of every span: answered once per word of the window.
  const lo = Math.min(from, cueFirst >= 0 ? cueFirst : from);
  const hi = Math.max(to, cueLast);
  const open = new Uint8Array(hi - lo + 1);
  const named = new Uint8Array(hi - lo + 1);
  const commasBefore = new Int32Array(hi - lo + 2);
  for (let k = lo; k <= hi; k++) {
    const t = tokens[k] as Token;
    const ok = (t.kind === 'word' || t.kind === 'number') && !(k >= qFirst && k <= qLast) && !(k >= cueFirst && k <= cueLast);
    open[k - lo] = ok && !ctx.quoteAt(t.start) ? 1 : 0;
    named[k - lo] = (ctx.known.has(t.text) ? 1 : 0) | (ctx.nameWords.has(t.text) ? 2 : 0);
    commasBefore[k - lo + 1] = (commasBefore[k - lo] as number) + (flags.of(k) & W.comma ? 1 : 0);
  }
  const usable = (k: number) => open[k - lo] === 1;
  const x = new Float64Array(MENTION_FEATURES.length);
  for (let i = from; i <= to; i++) {
    if (!usable(i) || (flags.of(i) & W.arabic) === 0 || flags.of(i) & NEVER_EDGE) continue;
    for (let j = i; j <= to && j < i + MAX_WORDS; j++) {
      if (!usable(j)) break;
      const fj = flags.of(j);
      if ((fj & W.arabic) === 0 || fj & NEVER_EDGE) continue;
      out.push(candidate(i, j, false));
    }
  }
  // The rules' own mention is always a candidate, however long or far it is.
  if (rulePick && !out.some((c) => c.start === rulePick.range.start && c.end === rulePick.range.end)) {
    const i = Math.min(tokenIndexAt(tokens, rulePick.range.start), tokens.length - 1);
    const j = Math.max(i, tokenIndexAt(tokens, rulePick.range.end) - 1);
    out.push({ ...candidate(i, j, true), start: rulePick.range.start, end: rulePick.range.end });
  }
  return out;

  function candidate(i: number, j: number, isPick: boolean): MentionCandidate {
    x.fill(0);
    const start = (tokens[i] as Token).start;
    const end = (tokens[j] as Token).end;
    const n = j - i + 1;
    let given = 0;
    let definite = 0;
    let any = 0;
    let names = 0;
    for (let k = i; k <= j; k++) {
      const f = flags.of(k);
      any |= f;
      if (f & W.given) given++;
      if (f & W.definite) definite++;
      // The rules' pick may reach outside the window: its words outside count as unnamed.
      if (k >= lo && k <= hi) names |= named[k - lo] as number;
    }
    const first = flags.of(i);
    const last = flags.of(j);
    const prev = flags.of(i - 1);
    const next = flags.of(j + 1);
    const isRule = rulePick && rulePick.range.start === start && rulePick.range.end === end ? 1 : 0;
    x[F.rulePick] = isRule;
    x[F.rulePickOverlap] = !isRule && rulePick && rulePick.range.start < end && start < rulePick.range.end ? 1 : 0;
    x[F.trackerMention] = ctx.ruleMentions.has(keyOf(start, end)) ? 1 : 0;
    x[F.rulesNone] = rulesNone;
    x[F.noCue] = cueFirst < 0 ? 1 : 0;
    x[F.direct] = q.kind === 'direct' ? 1 : 0;
    const beforeQuote = j < qFirst;
    if (cueFirst >= 0) {
      x[F.rightAfterCue] = i === cueLast + 1 ? 1 : 0;
      x[F.rightBeforeCue] = j === cueFirst - 1 ? 1 : 0;
      x[F.nearBeforeCue] = j < cueFirst - 1 && j >= cueFirst - 4 ? 1 : 0;
      x[F.betweenCueAndQuote] = i > cueLast && j < qFirst ? 1 : 0;
      const gap = j < cueFirst ? cueFirst - j : Math.max(0, i - cueLast);
      x[F.gapCue] = Math.log1p(gap) / 4;
      const c0 = Math.min(Math.max(Math.min(j, cueLast) + 1, lo), hi + 1);
      const c1 = Math.min(Math.max(Math.max(i, cueFirst), c0), hi + 1);
      const commas = (commasBefore[c1 - lo] as number) - (commasBefore[c0 - lo] as number);
      x[F.commaBetween] = Math.min(commas, 2) / 2;
    }
    x[F.beforeQuote] = beforeQuote ? 1 : 0;
    x[F.afterQuote] = i > qLast ? 1 : 0;
    x[F.rightAfterQuote] = i > qLast && i <= qLast + 3 ? 1 : 0;
    x[F.gapQuote] = Math.log1p(beforeQuote ? qFirst - j : Math.max(0, i - qLast)) / 4;
    const sentence = a.sentenceOf[i] ?? 0;
    x[F.sameSentence] = sentence === qSentence || sentence === cueSentence ? 1 : 0;
    x[F.previousSentence] = sentence < Math.min(qSentence, cueSentence) ? 1 : 0;
    x[F.commaBefore] = prev & W.comma ? 1 : 0;
    x[F.commaAfter] = next & W.comma ? 1 : 0;
    x[F.colonAfter] = next & W.colon ? 1 : 0;
    x[F.opensSentence] = a.sentences[sentence]?.first === i || prev & W.boundary ? 1 : 0;
    x[F.firstGiven] = first & W.given ? 1 : 0;
    x[F.givenShare] = given / n;
    x[F.firstTitle] = first & W.title ? 1 : 0;
    x[F.firstHonorific] = first & W.honorific ? 1 : 0;
    x[F.firstInstitution] = first & W.institution ? 1 : 0;
    x[F.firstPeople] = first & W.people ? 1 : 0;
    x[F.firstKin] = first & W.kin ? 1 : 0;
    x[F.firstParticle] = first & W.particle ? 1 : 0;
    x[F.firstDefinite] = first & W.definite ? 1 : 0;
    x[F.firstGlued] = first & (W.gluedPreposition | W.preposition | W.pronounPreposition) ? 1 : 0;
    x[F.firstPlace] = first & W.place ? 1 : 0;
    x[F.lastTitle] = n > 1 && last & W.title ? 1 : 0;
    x[F.lastInstitution] = n > 1 && last & W.institution ? 1 : 0;
    x[F.lastNisba] = last & W.nisba ? 1 : 0;
    x[F.lastDefinite] = last & W.definite ? 1 : 0;
    x[F.lastParticle] = last & W.particle ? 1 : 0;
    x[F.lastGiven] = n > 1 && last & W.given ? 1 : 0;
    x[F.definiteShare] = definite / n;
    x[F.anyStop] = any & W.stop ? 1 : 0;
    x[F.anyVerb] = any & W.verb ? 1 : 0;
    x[F.anyTime] = any & W.time ? 1 : 0;
    x[F.anyNumber] = any & W.number ? 1 : 0;
    x[F.anyLatin] = any & W.latin ? 1 : 0;
    x[F.anyPlace] = any & W.place ? 1 : 0;
    x[F.anyPreposition] = any & (W.preposition | W.pronounPreposition) ? 1 : 0;
    x[F.sameAsBefore] = any & W.sameAsBefore ? 1 : 0;
    x[F.prevHonorific] = prev & W.honorific ? 1 : 0;
    x[F.prevTitle] = prev & W.title ? 1 : 0;
    x[F.prevVerb] = prev & W.verb ? 1 : 0;
    x[F.prevPreposition] = prev & (W.preposition | W.according) ? 1 : 0;
    x[F.prevGiven] = prev & W.given ? 1 : 0;
    x[F.prevParticle] = prev & W.particle ? 1 : 0;
    x[F.prevAccording] = prev & W.according ? 1 : 0;
    x[F.nextVerb] = next & W.verb ? 1 : 0;
    x[F.nextTitle] = next & (W.title | W.institution) ? 1 : 0;
    x[F.nextGiven] = next & W.given ? 1 : 0;
    x[F.nextParticle] = next & W.particle ? 1 : 0;
    x[F.nextNisba] = next & W.nisba ? 1 : 0;
    x[F.nextStop] = next & (W.stop | W.preposition | W.boundary) ? 1 : 0;
    x[F.words1 + Math.min(n, MAX_WORDS) - 1] = 1;
    const feminine = first & (W.female | W.feminineEnd) ? 1 : 0;
    x[F.feminineSpan] = feminine;
    x[F.feminineVerb] = gender === 'f' ? 1 : 0;
    x[F.genderAgrees] = gender !== '' && (gender === 'f') === (feminine === 1) ? 1 : 0;
    x[F.genderClashes] = gender !== '' && (gender === 'f') !== (feminine === 1) ? 1 : 0;
    x[F.pluralSpan] = first & W.pluralShape ? 1 : 0;
    x[F.knownName] = names & 1 ? 1 : 0;
    x[F.namedBefore] = names & 2 ? 1 : 0;
    const read = readerAt(i);
    if (read) {
      const [ri, rj] = read.name ?? read.role ?? [-1, -1];
      x[F.readerMention] = ri === i && rj === j ? 1 : 0;
      x[F.readerName] = read.name && read.name[0] === i && read.name[1] === j ? 1 : 0;
      x[F.readerRole] = read.role && read.role[0] === i && read.role[1] === j ? 1 : 0;
      x[F.readerLonger] = ri === i && rj > j ? 1 : 0;
    }
    x[F.firstDocument] = first & W.document ? 1 : 0;
    x[F.firstVerbShape] = first & W.verbShape ? 1 : 0;
    x[F.anyVerbShape] = any & W.verbShape ? 1 : 0;
    x[F.lastPossessive] = last & W.possessive ? 1 : 0;
    x[F.anyPersonWord] = any & PERSON_OR_BODY || names & 1 ? 1 : 0;
    for (let p = 0; p < PAIRS.length; p++) {
      const [place, lexical] = PAIRS[p] as readonly [number, number];
      x[BASE.length + p] = (x[place] as number) * (x[lexical] as number);
    }
    if (isPick) {
      x[F.rulePick] = 1;
      x[F.rulePickOverlap] = 0;
    }
    return { first: i, last: j, start, end, features: weigh ? null : x.slice(), z: weigh ? weigh(x) : 0, named: (names & 1) === 1 };
  }
}
