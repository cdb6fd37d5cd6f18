/**
 * Arabic cues that credit a source other than a reporting verb's subject: بحسب / وفقاً لـ / حسب ما أعلنت
 * (the source after the word), and نقلت … عن X قولها / اكتفى بالقول (the source a relayed saying names).
 */
import { AR_COMPLEMENTIZERS } from '../lexicon/ar';
import { type KnownNames, parseArabicSubject } from '../speakers/arabic-subject';
import type { Analysis, Cue, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';
import { subjectBeforeBilqawl } from '../speakers/arabic-frames';
import { clauseEnd, sentenceHead } from './clause';
import { accordingCue, arabicCueBase } from './cue-shape';
import { BILQAWL, holderBetweenCommas, isSource, sourceOfDocument, verbAfterMa } from './cue-words-ar';
import { verbComplement } from './cues-ar-complement';

/** بحسب X، … / …، بحسب X / حسب ما أعلنت X / وفقاً لـ X. */
export function according(a: Analysis, known: KnownNames, onSubject: (s: SpeakerPhrase) => void, i: number, last: number): Cue | null {
  const tokens = a.tokens;
  let j = i + 1;
  let skip = 0;
  const t = tokens[j];
  if (!t) return null;
  let verbWeak = false;
  if (t.text === 'ما' || t.text === 'لما') {
    // حسب ما أعلنت الجامعة: the verb's subject is the source.
    const verb = tokens[j + 1];
    const form = verb && verbAfterMa(verb.text);
    if (!form) return null;
    verbWeak = form.weak;
    j += 2;
    // حسب ما أفادت به وكالة …: a resumptive pronoun sits between verb and source.
    if (/^(به|بها|عنه|عنها|له|لها)$/.test(tokens[j]?.text ?? '')) j++;
  } else if (t.text === 'ل' || t.text === 'عن') {
    j++;
  } else if (
    t.kind === 'word' &&
    /^(وفقا|ووفقا|وفق|ووفق|طبقا)$/.test((tokens[i] as Token).text) &&
    t.text.startsWith('ل') &&
    t.text.length > 2
  ) {
    skip = t.text.startsWith('لل') ? 2 : 1;
  }
  let end = j;
  while (end + 1 <= last && tokens[end + 1]?.text !== '،' && tokens[end + 1]?.text !== ',') end++;
  let subject = parseArabicSubject(a, j, end, known, true);
  const wider = subject && !subject.name ? holderBetweenCommas(a, j, end, last, known) : null;
  if (wider) [subject, end] = wider;
  if (!subject || !isSource(a, subject)) return null;
  subject = sourceOfDocument(a, subject, end, known);
  if (skip && subject.mention.start === (tokens[j] as Token).start) {
    subject = {
      ...subject,
      mention: { ...subject.mention, start: subject.mention.start + skip },
      role: subject.role && { ...subject.role, start: subject.role.start + skip },
    };
  }
  onSubject(subject);
  const prev = tokens[i - 1];
  const postposed = prev && (prev.text === '،' || prev.text === ',');
  let content = null;
  if (postposed) content = sentenceHead(a, i - 1);
  else {
    let k = end + 2;
    // بحسب الوزارة، فإن … : the complementizer is not part of the content.
    const next = tokens[k];
    if (next && (next.text === 'فان' || AR_COMPLEMENTIZERS.has(next.text))) k++;
    content = end + 1 <= last ? clauseEnd(a, k) : null;
  }
  if (!content) return null;
  const cue = { start: (tokens[i] as Token).start, end: (tokens[j - 1] as Token | undefined)?.end ?? (tokens[i] as Token).end };
  return accordingCue('ar', cue, i, content, subject, verbWeak);
}

/**
 * "نقلت وكالة الأنباء عن مصادر طبية قولها إن …": the source after عن is the speaker,
 * the agency only passes the words on.
 */
export function reportedSaying(
  a: Analysis,
  known: KnownNames,
  onSubject: (s: SpeakerPhrase) => void,
  i: number,
  first: number,
  last: number,
): Cue | null {
  const tokens = a.tokens;
  let from = i - 1;
  while (from > first && (tokens[from] as Token).text !== 'عن' && i - from < 10) from--;
  const subject = BILQAWL.has((tokens[i] as Token).text)
    ? subjectBeforeBilqawl(a, i, first, known)
    : (tokens[from] as Token | undefined)?.text === 'عن'
      ? parseArabicSubject(a, from + 1, i - 1, known)
      : null;
  if (!subject) return null;
  const found = verbComplement(a, i, [''], last);
  if (!found || found.mode === 'before') return null;
  onSubject(subject);
  return {
    ...arabicCueBase(tokens, i, found.cueEnd),
    mode: found.mode,
    content: found.content,
    searchFrom: found.searchFrom,
    subject,
    implicit: null,
    continuation: false,
  };
}
