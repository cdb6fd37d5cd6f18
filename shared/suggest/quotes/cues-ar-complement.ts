/**
 * What an Arabic reporting verb governs: a complementizer (أن/إن/بأن, maybe after the verb's own
 * preposition), a colon, or a long quotation, and so where the subject between verb and report ends.
 * With nothing governed, the verb may be postposed (…، قال المتحدث). Shared by the verb cues and بالقول.
 */
import { AR_ACCORDING, AR_COMPLEMENTIZERS, AR_NP_STOP, AR_VERBS, type CuePrep } from '../lexicon/ar';
import type { Analysis } from '../types';
import { stripWa, type Token } from '../tokens';
import { ANONYMITY_VERBS } from '../speakers/arabic-words';
import { clauseEnd } from './clause';
import { aliIsFathersName } from './cues-ar-document';
import { NOT_A_REPORT_BEFORE, TIME_CONJUNCTIONS, asideEnd, circumstanceAt, isComma } from './cue-words-ar';

const MAX_SUBJECT_TOKENS = 28;

/**
 * Looks after the verb for what it governs: a complementizer (أن/إن/بأن, after an
 * allowed preposition), a colon, or a long quotation. Returns where the subject ends.
 */
export function verbComplement(a: Analysis, i: number, preps: CuePrep[], sentenceLast: number) {
  const tokens = a.tokens;
  let cueEnd = i;
  for (let j = i + 1; j <= sentenceLast && j - i <= MAX_SUBJECT_TOKENS; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'word' && AR_COMPLEMENTIZERS.has(t.text)) {
      const prev = tokens[j - 1] as Token;
      // "قبل أن"، "بعد أن": a time conjunction, not what the verb reports ("أضاف X الهدف الثاني، قبل أن …");
      // the report may still follow ("وقال الوزير بعد أن تفقد الموقع إن …").
      if (TIME_CONJUNCTIONS.has(prev.text)) continue;
      // "…، على أن يُستأنف الدوام السبت": after a comma, على أن is "provided that" unless the verb takes على (شدد … على أن).
      if (prev.text === 'علي' && isComma(tokens[j - 2]) && !(preps as string[]).includes('علي')) continue;
      const viaPrep = j - 1 > i && (preps as string[]).includes(prev.text) && prev.text !== '' && !aliIsFathersName(tokens, j - 1, i);
      if (viaPrep && j - 1 === i + 1) cueEnd = j - 1;
      const content = clauseEnd(a, j + 1);
      if (!content) return null;
      const cuePrep = viaPrep && j - 1 > i + 1 ? { start: prev.start, end: prev.end } : undefined;
      return { mode: 'clause' as const, subjectEnd: viaPrep ? j - 2 : j - 1, content, cueEnd, searchFrom: undefined, cuePrep };
    }
    if (t.text === ':') {
      const next = tokens[j + 1];
      if (!next || next.kind === 'newline' || a.markedByStart.has(next.start)) {
        return { mode: 'marked' as const, subjectEnd: j - 1, content: null, cueEnd, searchFrom: t.start };
      }
      const content = clauseEnd(a, j + 1);
      if (!content) return null;
      return { mode: 'colon' as const, subjectEnd: j - 1, content, cueEnd, searchFrom: undefined };
    }
    // (Between commas, "، وهي تحمل طفلها،" describes the subject; the complement may follow.)
    if (j > i + 1 && circumstanceAt(tokens, j) && !(isComma(tokens[j - 1]) && (j = asideEnd(tokens, j)) > 0)) break;
    // Another reporting verb before any complementizer: this one governs nothing ("طلب عدم ذكر اسمه" excepted).
    if (
      t.kind === 'word' &&
      j > i + 1 &&
      (AR_VERBS.has(stripWa(t.text)) || AR_ACCORDING.has(t.text)) &&
      // "، رداً على …،": an adverbial verbal noun that folds like a verb form is no second verb.
      !AR_NP_STOP.has(t.text) &&
      !NOT_A_REPORT_BEFORE.has(tokens[j - 1]?.text ?? '') &&
      !ANONYMITY_VERBS.has(tokens[j - 1]?.text ?? '') &&
      tokens[j + 1]?.text !== 'الله'
    )
      return null;
    const span = a.markedByStart.get(t.start);
    if (span) {
      const words = a.text
        .slice(span.start + 1, span.end - 1)
        .trim()
        .split(/\s+/).length;
      if (words >= 4) {
        // شدد الرئيس على «…»: the verb's preposition is not part of the subject.
        const prev = tokens[j - 1] as Token;
        const viaPrep = j - 1 > i && prev.kind === 'word' && prev.text !== '' && (preps as string[]).includes(prev.text);
        const cuePrep = viaPrep && j - 1 > i + 1 ? { start: prev.start, end: prev.end } : undefined;
        return { mode: 'marked' as const, subjectEnd: viaPrep ? j - 2 : j - 1, content: null, cueEnd, searchFrom: undefined, cuePrep };
      }
      while (j + 1 <= sentenceLast && (tokens[j + 1] as Token).start < span.end) j++;
    }
  }
  // Nothing governed after the verb: a postposed cue (…، قال المتحدث / …، كما قال).
  const prev = tokens[i - 1];
  const afterComma = prev && (prev.text === '،' || prev.text === ',' || (prev.text === 'كما' && /^[،,]$/.test(tokens[i - 2]?.text ?? '')));
  const afterQuote = prev && a.markedByEnd.has(prev.end);
  if (afterComma || afterQuote) return { mode: 'before' as const, subjectEnd: sentenceLast, content: null, cueEnd, searchFrom: undefined };
  return null;
}

/** وصفت المعارضة «البرنامج» بأنه …: the object is the last word before the complementizer; the subject ends before it. */
export function objectStart(tokens: readonly Token[], from: number, to: number): number {
  const words = tokens.slice(from, to + 1).filter((t) => t.kind === 'word');
  return words.length >= 2 ? to - 1 : to;
}
