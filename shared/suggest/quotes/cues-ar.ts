import {
  AR_ACCORDING,
  AR_COMPLEMENTIZERS,
  AR_NON_REPORTING_PARTICIPLES,
  AR_NP_STOP,
  AR_PARTICIPLES,
  AR_PP_HEADS,
  AR_TIME_WORDS,
  AR_VERB_PARTICLES,
  AR_VERBS,
  type CuePrep,
} from '../lexicon/ar';
import { type KnownNames, parseArabicPreverbalSubject, parseArabicSubject } from '../speakers/arabic-subject';
import type { Analysis, Cue, SpeakerPhrase } from '../types';
import { tokenIndexAt } from '../ranges';
import { stripWa, type Token } from '../tokens';
import { ammaTopic, kanaSubject, topicSubject } from '../speakers/arabic-topic';
import { relativeAntecedent, subjectAfterAnna } from '../speakers/arabic-antecedent';
import { frameSubject, subjectBeforeBilqawl } from '../speakers/arabic-frames';
import { ANONYMITY_VERBS, gluedPrepositionPhrase, mannerAfterName } from '../speakers/arabic-words';
import { clauseEnd, sentenceHead } from './clause';
import { relayed } from './cues-ar-relay';
import { aliIsFathersName, documentSaysCue } from './cues-ar-document';
import { accordingCue, cueBase } from './cue-shape';
import {
  QAWL,
  BILQAWL,
  APPOSITIVE_OPENERS,
  OBJECT_FIRST,
  CONTRASTS,
  RELAY,
  IMPERSONAL,
  STANCE_VERBS,
  TIME_CONJUNCTIONS,
  NOT_A_REPORT_BEFORE,
  verbAfterMa,
  isSource,
  holderBetweenCommas,
  isComma,
  circumstanceAt,
  gluedPreposition,
  preverbalStart,
  sourceOfDocument,
  asideEnd,
} from './cue-words-ar';

const MAX_SUBJECT_TOKENS = 28;
/** Where or before whom something was said, right after the verb (صرّح أمام النواب، قال خلال الجلسة). */
const SPOKEN_BEFORE = new Set(['امام', 'خلال', 'لدي', 'عقب', 'اثناء']);
/**
 * Finds Arabic reporting cues: verbs with their و/ف prefixes and feminine and plural
 * forms (قال … إن، وأكدت … أن، أشاروا إلى أن، صرح بأن), participles that continue a
 * statement (مضيفاً أن), and attributions (بحسب، حسب ما أعلنت، وفقاً لـ).
 */
export function findArabicCues(a: Analysis, known: KnownNames, onSubject: (s: SpeakerPhrase) => void): Cue[] {
  const cues: Cue[] = [];
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !t.arabic) continue;
    const sentence = a.sentences[a.sentenceOf[i] as number];
    if (!sentence) continue;
    if (AR_ACCORDING.has(t.text)) {
      const cue = according(i, sentence.first, sentence.last);
      if (cue) cues.push(cue);
      continue;
    }
    documentSaysCue(a, i, sentence.last, known, onSubject, cues); // «وجاء في البيان أن …»: no verb of saying
    const bare = stripWa(t.text); // without its و or ف, cut once for the lists below
    const participle = AR_PARTICIPLES.get(t.text) ?? AR_PARTICIPLES.get(bare);
    if (participle && !AR_NON_REPORTING_PARTICIPLES.has(bare)) {
      const found = complement(i, participle, sentence.last);
      if (found && found.mode !== 'before') {
        cues.push({
          ...base(i, found.cueEnd),
          mode: found.mode,
          content: found.content,
          searchFrom: found.searchFrom,
          subject: null,
          implicit: null,
          continuation: true,
        });
      }
      continue;
    }
    if (STANCE_VERBS.has(bare)) {
      const context = parseArabicSubject(a, i + 1, Math.min(sentence.last, i + 8), known);
      if (context && (context.kind === 'name' || context.definite))
        cues.push({ ...base(i, i), mode: 'context', content: null, subject: context, implicit: null, continuation: false });
      continue;
    }
    // "اكتفى المدرب بالقول: …": بالقول is the cue; the verb's subject before it speaks.
    if (QAWL.has(t.text) || BILQAWL.has(t.text)) {
      const cue = reportedSaying(i, sentence.first, sentence.last);
      if (cue) cues.push(cue);
      continue;
    }
    if (RELAY.has(t.text)) {
      const found = relayed(a, i, sentence.last, known);
      if (found) onSubject(found.subject);
      if (found) cues.push({ ...base(i, i), mode: 'clause', ...found, implicit: null, continuation: false });
      continue;
    }
    const verb = AR_VERBS.get(t.text) ?? AR_VERBS.get(bare);
    // "أما جارته، الحاجة سعاد …، فتقضي …": the topic of أما speaks for a participle or quote after its ف-word (ammaTopic).
    const topic = t.text.startsWith('ف') && t.text.length > 3 ? ammaTopic(a, sentence.first, i, known) : null;
    if (topic && (!verb || !complement(i, verb.preps, sentence.last))) {
      cues.push({ ...base(i, i), mode: 'context', content: null, subject: topic, implicit: null, continuation: false });
      continue;
    }
    if (!verb) continue;
    // ذكر الله، نصر الله: a verb form before الله is part of a compound name; "اقرأ أيضاً"
    // (read also) folds like the dual of أقر.
    if (tokens[i + 1]?.text === 'الله' || t.text === 'اقرا') continue;
    const prev = tokens[i - 1];
    if (prev && prev.kind === 'word' && NOT_A_REPORT_BEFORE.has(prev.text)) continue;
    // "رفض ذكر اسمه": a verbal noun after a verb of refusing keeps a source unnamed; it reports nothing.
    if (prev && prev.kind === 'word' && ANONYMITY_VERBS.has(prev.text)) continue;
    // "رفض الرجل ذكر اسمه": ذكر before اسمه / اسمها is that verbal noun, however far its verb is.
    if (/^اسم(ه|ها|هم|ي)$/u.test(tokens[i + 1]?.text ?? '')) continue;
    // "يذكر أن …", "ويذكر أن …": the impersonal passive ("it is noted that") is the writer's background.
    if (IMPERSONAL.has(t.text) && AR_COMPLEMENTIZERS.has(tokens[i + 1]?.text ?? '')) continue;
    const found = complement(i, verb.preps, sentence.last);
    if (!found) {
      // "نفى المتحدث … وجود أي خلافات، وقال: …": the speaker matters for the next cue.
      const context = parseArabicSubject(a, i + 1, Math.min(sentence.last, i + 8), known);
      if (context && (context.kind === 'name' || context.definite)) {
        cues.push({ ...base(i, i), mode: 'context', content: null, subject: context, implicit: null, continuation: false });
      }
      continue;
    }
    const objectEnd = OBJECT_FIRST.has(verb.lemma) ? objectStart(i + 1, found.subjectEnd) : found.subjectEnd;
    // "وكان X قد قال"، "لكنه قال"، "أما X فطالبت …، وقالت": a subject written before the verb in a known frame.
    const framed = frameSubject(a, sentence.first, i, known);
    let subject = framed ?? parseArabicSubject(a, i + 1, objectEnd, known);
    // "غير أن مسؤولاً في الوزارة قال لشفق نيوز إن …": an unknown word with a glued ل right after the
    // verb is who was spoken to; a subject written before the verb is the speaker.
    // So is one before «صرّح أمام النواب …» (with or without a comma): a preposition right after the verb leaves no subject there.
    if (
      subject &&
      ((subject.mention.start === tokens[i + 1]?.start &&
        gluedPrepositionPhrase(tokens[i + 1]?.text ?? '', known) &&
        (tokens[i + 1] as Token).text.startsWith('ل')) ||
        SPOKEN_BEFORE.has(tokens[i + 1]?.text ?? ''))
    )
      subject = preverbal(sentence.first, i) ?? subject;
    // "…، الذي قال إن"، "غير أن مسؤولاً فيها قال إن": the subject written before the verb in those two shapes.
    if (!subject) subject = relativeAntecedent(a, i, sentence.first, known) ?? subjectAfterAnna(a, i, sentence.first, known);
    if (!subject) subject = topicSubject(a, sentence.first, i, known) ?? kanaSubject(a, sentence.first, i, known);
    // "أبو صالح، من سكان الحي، قال لنا: …": the subject before the verb, who was spoken to after it.
    if (!subject) subject = preverbal(sentence.first, i);
    // A postposed cue ends its sentence: only a short phrase may follow the subject
    // (…، قال المتحدث لوكالة الأنباء), not an object (…، فيما أعلنت الحركة تمسكها …); with none, «…»، تقول بحزن.
    const proDrop = !subject && markedEndsBefore(i) && endsSentence(t.end, sentence.last);
    if (found.mode === 'before' && !proDrop && (!subject || !endsSentence(subject.mention.end, sentence.last))) continue;
    if (subject) onSubject(subject);
    const content = found.mode === 'before' ? sentenceHead(a, commaBefore(i, sentence.first)) : found.content;
    if (found.mode === 'before' && !content && !markedEndsBefore(i)) continue;
    cues.push({
      ...base(i, found.cueEnd),
      ...('cuePrep' in found && found.cuePrep ? { cuePrep: found.cuePrep } : {}),
      mode: found.mode,
      content,
      searchFrom: found.searchFrom,
      subject,
      // A masculine singular verb with no subject written (وأضاف) does not point to a woman.
      implicit: subject ? null : { plural: verb.plural, gender: verb.feminine ? 'female' : verb.plural ? 'unknown' : 'male' },
      continuation: false,
      weak: verb.weak,
    });
  }
  return cues;

  function base(i: number, cueEnd: number) {
    return cueBase('ar', { start: (tokens[i] as Token).start, end: (tokens[cueEnd] as Token).end }, i, false, false);
  }

  /** وصفت المعارضة «البرنامج» بأنه …: the object is the last word before the complementizer; the subject ends before it. */
  function objectStart(from: number, to: number): number {
    const words = tokens.slice(from, to + 1).filter((t) => t.kind === 'word');
    return words.length >= 2 ? to - 1 : to;
  }

  function endsSentence(offset: number, last: number): boolean {
    let k = tokenIndexAt(tokens, offset);
    let n = 0;
    const first = tokens[k];
    // (Or how it was said: «…»، يقول محمد بصوت منخفض.)
    if (circumstanceAt(tokens, k) || (first?.kind === 'word' && mannerAfterName(first.text, known))) return true;
    if (first && first.kind === 'word' && !AR_PP_HEADS.has(first.text) && !AR_TIME_WORDS.has(first.text) && !gluedPreposition(first.text))
      return false;
    for (; k <= last; k++) {
      const t = tokens[k] as Token;
      const comma = t.text === '،' || t.text === ',';
      // "«…»، يقول أبو خالد، وهو بائع، «…»": an appositive about the speaker, then the rest of a split quotation.
      if (comma && APPOSITIVE_OPENERS.has(tokens[k + 1]?.text ?? '')) {
        let e = k + 1;
        while (e <= last && tokens[e]?.text !== '،' && tokens[e]?.text !== ',' && e - k < 14) e++;
        k = e - 1;
        continue;
      }
      const span = comma ? a.markedByStart.get(tokens[k + 1]?.start ?? -1) : undefined;
      if (span) {
        while (k + 1 <= last && (tokens[k + 1] as Token).start < span.end) k++;
        continue;
      }
      if (t.kind === 'word') n++;
    }
    return n <= 8;
  }

  /** Index of the first token at or after a folded offset. */
  function preverbal(sentenceFirst: number, verb: number): SpeakerPhrase | null {
    let from = sentenceFirst;
    // "…، لكن منتقدين يرون أن …": after a comma and a contrast, a new subject before its verb.
    let comma = verb - 1;
    // (Up to eight words before the verb: a described source may run long, لكن طبيباً في مستشفى المدينة التعليمي قال.)
    while (comma > sentenceFirst && verb - comma <= 9 && tokens[comma]?.text !== '،' && tokens[comma]?.text !== ',') comma--;
    const contrast = comma > sentenceFirst && verb - comma <= 9 && CONTRASTS.has(tokens[comma + 1]?.text ?? '');
    if (contrast) from = comma + 2;
    from = preverbalStart(tokens, from, verb);
    while (from < verb && AR_VERB_PARTICLES.has((tokens[from] as Token).text)) from++;
    const subject = parseArabicPreverbalSubject(a, from, verb, known);
    // An indefinite plural introduced by the contrast (منتقدين، خبراء) is a group, not a name.
    if (contrast && subject?.kind === 'name' && verb - from === 1 && /(ون|ين)$/.test((tokens[from] as Token).text)) {
      return { ...subject, kind: 'role', role: subject.name, name: null, plural: true, definite: false };
    }
    return subject;
  }

  /** Token index of the comma before a postposed cue (…، قال المتحدث). */
  function commaBefore(i: number, first: number): number {
    let k = i - 1;
    while (k > first && (tokens[k] as Token).kind === 'word' && AR_VERB_PARTICLES.has((tokens[k] as Token).text)) k--;
    return tokens[k]?.text === '،' || tokens[k]?.text === ',' ? k : i;
  }

  function markedEndsBefore(i: number): boolean {
    const k = commaBefore(i, 0);
    const before = tokens[k - 1] ?? tokens[i - 1];
    return !!before && a.markedByEnd.has(before.end);
  }

  /**
   * Looks after the verb for what it governs: a complementizer (أن/إن/بأن, after an
   * allowed preposition), a colon, or a long quotation. Returns where the subject ends.
   */
  function complement(i: number, preps: CuePrep[], sentenceLast: number) {
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
    const afterComma =
      prev && (prev.text === '،' || prev.text === ',' || (prev.text === 'كما' && /^[،,]$/.test(tokens[i - 2]?.text ?? '')));
    const afterQuote = prev && a.markedByEnd.has(prev.end);
    if (afterComma || afterQuote)
      return { mode: 'before' as const, subjectEnd: sentenceLast, content: null, cueEnd, searchFrom: undefined };
    return null;
  }

  /**
   * "نقلت وكالة الأنباء عن مصادر طبية قولها إن …": the source after عن is the speaker,
   * the agency only passes the words on.
   */
  function reportedSaying(i: number, first: number, last: number): Cue | null {
    let from = i - 1;
    while (from > first && (tokens[from] as Token).text !== 'عن' && i - from < 10) from--;
    const subject = BILQAWL.has((tokens[i] as Token).text)
      ? subjectBeforeBilqawl(a, i, first, known)
      : (tokens[from] as Token | undefined)?.text === 'عن'
        ? parseArabicSubject(a, from + 1, i - 1, known)
        : null;
    if (!subject) return null;
    const found = complement(i, [''], last);
    if (!found || found.mode === 'before') return null;
    onSubject(subject);
    return {
      ...base(i, found.cueEnd),
      mode: found.mode,
      content: found.content,
      searchFrom: found.searchFrom,
      subject,
      implicit: null,
      continuation: false,
    };
  }

  /** بحسب X، … / …، بحسب X / حسب ما أعلنت X / وفقاً لـ X. */
  function according(i: number, first: number, last: number): Cue | null {
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
}
