import type { AnnotationType } from '../domain/annotation';
import { type Suggestion, suggestionId } from '../domain/suggestion';
import { calibrated } from './calibration';
import { codeUnitTable } from './code-units';
import { calibratedLink, LINK_KEEP_THRESHOLD, rawLinkScore } from './link-certainty';
import type { QuoteCandidate } from './quotes/candidate';
import { recognizeFigures } from './figures/recognize';
import { fold, toOriginal } from './fold';
import { assembleQuotes } from './quotes/assemble';
import { findArabicCues } from './quotes/cues-ar';
import { implausibleArabicSpeaker } from './speakers/arabic-implausible';
import { findEnglishCues } from './quotes/cues-en';
import { findCourtHeardCues } from './quotes/court-heard-en';
import { findThatVerbCues } from './quotes/that-verbs-en';
import { findMarkedSpans, type MarkedSpan } from './quotes/direct';
import { RangeSet } from './ranges';
import { type ExcludedRange, maskExcluded, overlapsAny } from './regions';
import { splitSentences } from './sentences';
import { narrativeSurnames, surnameOf } from './speakers/arabic-names';
import { type Mention, SpeakerTracker } from './speakers/coref';
import { commonWordAsName } from './speakers/english-common-word';
import { introductions } from './speakers/english-introductions';
import { type MentionSample, tagArabicSpeakers } from './mention-tagger/tagger';
import { MENTION_MODEL } from './mention-tagger/weights';
import { TAGGED_LINK_RAW, TAGGED_MENTION_RAW } from './mention-tagger/model';
import { tokenize } from './tokens';
import type { Analysis, Range, SpeakerPhrase } from './types';

export interface SuggestOptions {
  /** Stretches to leave alone, in UTF-16 offsets of `text` (boilerplate regions). */
  excluded?: readonly ExcludedRange[];
  /** Only these types; all by default. */
  types?: readonly AnnotationType[];
  /** The rules' own scores instead of calibrated confidence (for calibrating them). */
  rawConfidence?: boolean;
  /** Whether the learned Arabic mention tagger may add speakers (default), or the rules alone (for comparing and training). */
  mentionTagger?: 'model' | 'rules';
  /** Sees every Arabic quote's candidate speaker mentions, in offsets of `text` (for training the tagger). */
  onMentionSample?: (sample: MentionSample) => void;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The affiliation inside a role: المتحدث باسم «الخارجية الأمريكية», spokesman for «the fire brigade». */
function affiliationOf(role: string): string {
  const m = /(?:^|\s)(?:باسم|في|لدى)\s+(.+)$/u.exec(role) ?? /\b(?:for|of|at)\s+(?:the\s+)?(.+)$/u.exec(role);
  return m ? (m[1] as string).trim() : '';
}

/** Fewer than three letters, unless an upper-case acronym (UN, EU) that bodies go by. */
export function tooShortForSpeaker(text: string): boolean {
  // Asked of every quote's speaker: three letters found (in the Basic Multilingual Plane) settle it.
  let found = 0;
  for (let i = 0; i < text.length && found < 3; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) break;
    if (LETTER[c] === 1) found++;
  }
  if (found >= 3) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length < 3 && !/^\p{Lu}{2}$/u.test(letters);
}
const LETTER = codeUnitTable(/\p{L}/u);

/**
 * Suggests quotes, speakers and figures in a document's normalized text. Pure and
 * synchronous: the same text and options always give the same suggestions, with ids
 * derived from type and span. Nothing inside an excluded range is suggested.
 */
export function suggest(text: string, options: SuggestOptions = {}): Suggestion[] {
  const excluded = options.excluded ?? [];
  const types = new Set(options.types ?? ['quote', 'speaker', 'figure']);
  if (types.size === 0) return [];
  const folded = fold(maskExcluded(text, excluded));
  folded.original = text;
  const tokens = tokenize(folded.text);
  const marked = findMarkedSpans(folded.text);
  const { sentences, sentenceOf } = splitSentences(tokens, marked);
  const outer = new RangeSet<MarkedSpan>();
  for (const m of marked) if (!m.nested) outer.add(m);
  const analysis: Analysis = {
    text: folded.text,
    tokens,
    marked,
    outer,
    markedByStart: new Map(marked.filter((m) => !m.nested).map((m) => [m.start, m])),
    markedByEnd: new Map(marked.filter((m) => !m.nested).map((m) => [m.end, m])),
    sentences,
    sentenceOf,
  };
  const original = (r: Range) => toOriginal(folded, r.start, r.end);
  const originalText = (r: Range) => {
    const { start, end } = original(r);
    return text.slice(start, end);
  };
  const out: Suggestion[] = [];
  /** A linked quote's link certainty: Accept all takes quote and speaker together, so it is as sure as the weaker. */

  if (types.has('figure')) {
    for (const f of recognizeFigures(folded.text, tokens)) {
      const { start, end } = original(f);
      const raw = text.slice(start, end);
      const counts = f.counts ? originalText(f.counts) : '';
      out.push({
        id: suggestionId('figure', start, end),
        type: 'figure',
        start,
        end,
        text: raw,
        confidence: round(f.confidence),
        attributes: { raw, value: f.value, unit: f.unit, kind: f.kind, counts },
      });
    }
  }

  if (types.has('quote') || types.has('speaker')) {
    const tracker = new SpeakerTracker(folded.text);
    const known = new Set<string>(narrativeSurnames(analysis));
    const onSubject = (s: SpeakerPhrase) => {
      if (s.name) known.add(surnameOf(analysis, s.name));
    };
    const english = findEnglishCues(analysis, onSubject);
    const cues = [
      ...findArabicCues(analysis, known, onSubject),
      ...english,
      ...findCourtHeardCues(analysis, english),
      ...findThatVerbCues(analysis, english, onSubject),
    ];
    const quotes = assembleQuotes(analysis, cues, tracker, known);
    // Each quote–speaker link has its own certainty; an uncertain one is dropped, so the quote
    // is offered without a speaker rather than with a wrong one.
    const linkCertainty = new Map<QuoteCandidate, number>();
    const lowerCase = new Map<string, boolean>();
    for (const q of quotes) {
      if (q.speaker && commonWordAsName(folded.text, q.speaker, tracker.entities[q.speaker.entity], lowerCase)) q.speaker = null;
      if (!q.speaker) continue;
      const raw = rawLinkScore(q.range, q.speaker);
      const certainty = options.rawConfidence ? raw : calibratedLink(raw);
      if (!options.rawConfidence && certainty < LINK_KEEP_THRESHOLD) q.speaker = null;
      else linkCertainty.set(q, certainty);
    }
    // A speaker of one or two letters is a title abbreviation or a pronoun (م، د، لي), never
    // a name; its quotes are offered without a speaker rather than with a wrong one.
    for (const q of quotes)
      if (q.speaker && (tooShortForSpeaker(originalText(q.speaker.range)) || implausibleArabicSpeaker(originalText(q.speaker.range))))
        q.speaker = null;
    // The learned tagger may replace a speaker the rules carried over from another sentence with a span it is sure of
    // (adding one where the rules gave none is off in the committed model: the rules withhold on purpose).
    const tagger = tagArabicSpeakers(
      analysis,
      tracker,
      quotes,
      known,
      options.mentionTagger === 'rules' ? null : MENTION_MODEL,
      options.onMentionSample &&
        ((sample) =>
          options.onMentionSample?.({
            quote: original(sample.quote),
            rulePick: sample.rulePick && original(sample.rulePick),
            candidates: sample.candidates.map((c) => ({ range: original(c.range), features: c.features })),
          })),
    );
    for (const q of tagger.credited) linkCertainty.set(q, options.rawConfidence ? TAGGED_LINK_RAW : calibratedLink(TAGGED_LINK_RAW));
    const used = new Set<Mention>(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
    const mentions = [...tracker.mentions.filter((m) => used.has(m)), ...introductions(analysis, tracker, used)].sort(
      (x, y) => x.range.start - y.range.start,
    );
    const idOf = new Map<Mention, string>();
    const speakerById = new Map<string, Suggestion>();
    const firstOfEntity = new Map<number, string>();
    const speakers: Suggestion[] = [];
    for (const m of mentions) {
      const { start, end } = original(m.range);
      const id = suggestionId('speaker', start, end);
      idOf.set(m, id);
      const entity = tracker.entities[m.entity];
      const canonical = entity ? original(entity.canonical) : { start, end };
      const role = m.phrase.role ? originalText(m.phrase.role) : '';
      speakers.push({
        id,
        type: 'speaker',
        start,
        end,
        text: text.slice(start, end),
        confidence: round(tagger.tagged.has(m) ? TAGGED_MENTION_RAW : m.phrase.kind === 'name' ? 0.85 : 0.75),
        attributes: {
          name: text.slice(canonical.start, canonical.end),
          role,
          affiliation: affiliationOf(role),
          sameAs: firstOfEntity.get(m.entity) ?? null,
        },
      });
      speakerById.set(id, speakers[speakers.length - 1] as Suggestion);
      if (!firstOfEntity.has(m.entity)) firstOfEntity.set(m.entity, id);
    }
    if (types.has('speaker')) out.push(...speakers);
    if (types.has('quote')) {
      for (const q of quotes) {
        const { start, end } = original(q.range);
        const speaker = q.speaker ? speakerById.get(idOf.get(q.speaker) ?? '') : undefined;
        out.push({
          id: suggestionId('quote', start, end),
          type: 'quote',
          start,
          end,
          text: text.slice(start, end),
          confidence: round(q.confidence),
          attributes: {
            kind: q.kind,
            direct: q.kind !== 'indirect',
            cue: q.cue ? (q.cuePrep ? `${originalText(q.cue)} ${originalText(q.cuePrep)}` : originalText(q.cue)) : '',
            speakerId: speaker && types.has('speaker') ? speaker.id : null,
            speakerText: speaker?.text ?? '',
            speakerName: speaker?.type === 'speaker' ? speaker.attributes.name : '',
            ...(speaker ? { speakerConfidence: round(linkCertainty.get(q) ?? 0) } : {}),
          },
        });
      }
    }
  }

  // A quote is never surer than the link to its speaker (Accept all leaves an uncertain link for review).
  const linkCap = (s: Suggestion) => (s.type === 'quote' ? (s.attributes.speakerConfidence ?? 1) : 1);
  if (!options.rawConfidence) for (const s of out) s.confidence = Math.min(calibrated(s.type, s.confidence), linkCap(s));
  const kept = out.filter((s) => s.end > s.start && (excluded.length === 0 || !overlapsAny(s.start, s.end, excluded)));
  // The sort is stable, so suggestions with one id (type and span) end up side by side in the
  // order they were found: keeping the first of each is keeping the first found, without a set of id strings.
  kept.sort(inReadingOrder);
  const unique: Suggestion[] = [];
  let last: Suggestion | undefined;
  for (const s of kept) {
    if (last && s.start === last.start && s.end === last.end && s.type === last.type) continue;
    unique.push(s);
    last = s;
  }
  return unique;
}

/** The order of the types as `localeCompare` gives it, looked up instead of collated for every pair. */
const TYPE_RANK = new Map(
  (['quote', 'speaker', 'figure'] as const)
    .slice()
    .sort((x, y) => x.localeCompare(y))
    .map((type, rank) => [type as string, rank]),
);

/** By start, the longer first at one start, then by type. */
function inReadingOrder(x: Suggestion, y: Suggestion): number {
  return x.start - y.start || y.end - x.end || (TYPE_RANK.get(x.type) as number) - (TYPE_RANK.get(y.type) as number);
}
