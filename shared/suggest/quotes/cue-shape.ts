import type { Cue, Range, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';

/** What every cue literal starts with: `{ ...base(…), mode, content, … }`. */
export type CueBase = Pick<Cue, 'lang' | 'cue' | 'at' | 'according' | 'weak' | 'quoteOnly'>;

/**
 * The start of a cue, carrying every other field of a cue too, as placeholders the cue's literal
 * then overwrites. V8 builds `{ ...base, mode, … }` property by property into a slow dictionary
 * object (about 1.3 KB, read again and again by the later rules) when the fields after the spread
 * are new to `base`; when base already has them, the literal only overwrites them and the cue
 * stays a small, fast object. The type stays CueBase, so a rule must still write every field.
 */
export function cueBase(lang: Cue['lang'], cue: Range, at: number, weak: boolean, quoteOnly: boolean): CueBase {
  const whole: Cue = {
    lang,
    cue,
    at,
    according: false,
    weak,
    quoteOnly,
    cuePrep: undefined,
    mode: 'context',
    content: null,
    searchFrom: undefined,
    subject: null,
    implicit: null,
    continuation: false,
  };
  return whole;
}

/** The start of an Arabic cue from token `i` to token `cueEnd` (never weak or quote-only at this point). */
export function arabicCueBase(tokens: readonly Token[], i: number, cueEnd: number): CueBase {
  return cueBase('ar', { start: (tokens[i] as Token).start, end: (tokens[cueEnd] as Token).end }, i, false, false);
}

/**
 * An Arabic cue that reports nothing itself but makes `subject` the latest speaker, for the next
 * cue's words (نفى المتحدث … وجود …، وقال: …).
 */
export function arabicContextCue(tokens: readonly Token[], i: number, subject: SpeakerPhrase): Cue {
  return { ...arabicCueBase(tokens, i, i), mode: 'context', content: null, subject, implicit: null, continuation: false };
}

/** A reported clause credited by "according to X" or a document that says (بحسب، وفق، وجاء في البيان أن): the same literal in both languages. */
export function accordingCue(
  lang: Cue['lang'],
  cue: Range,
  at: number,
  content: Cue['content'],
  subject: Cue['subject'],
  weak: boolean,
): Cue {
  return { lang, cue, at, mode: 'clause', content, subject, implicit: null, continuation: false, according: true, weak, quoteOnly: false };
}
