/**
 * The walk over an Arabic text that finds reporting cues, word by word: which kind of cue a word opens
 * (a verb, a participle, بحسب, بالقول, a relay, a stance verb) and who its subject is. What a verb
 * governs is in cues-ar-complement.ts, the subject before it and postposed cues in cues-ar-postposed.ts,
 * sources credited without a verb's subject in cues-ar-according.ts.
 */
import { AR_ACCORDING, AR_COMPLEMENTIZERS, AR_NON_REPORTING_PARTICIPLES, AR_PARTICIPLES, AR_VERBS } from '../lexicon/ar';
import { type KnownNames, parseArabicSubject } from '../speakers/arabic-subject';
import type { Analysis, Cue, SpeakerPhrase } from '../types';
import { stripWa, type Token } from '../tokens';
import { ammaTopic, kanaSubject, topicSubject } from '../speakers/arabic-topic';
import { relativeAntecedent, subjectAfterAnna } from '../speakers/arabic-antecedent';
import { frameSubject } from '../speakers/arabic-frames';
import { ANONYMITY_VERBS, gluedPrepositionPhrase } from '../speakers/arabic-words';
import { sentenceHead } from './clause';
import { relayed } from './cues-ar-relay';
import { documentSaysCue } from './cues-ar-document';
import { arabicContextCue, arabicCueBase } from './cue-shape';
import { objectStart, verbComplement } from './cues-ar-complement';
import { commaBefore, endsSentence, markedEndsBefore, preverbal } from './cues-ar-postposed';
import { according, reportedSaying } from './cues-ar-according';
import { QAWL, BILQAWL, OBJECT_FIRST, RELAY, IMPERSONAL, STANCE_VERBS, NOT_A_REPORT_BEFORE } from './cue-words-ar';

/**
 * The named or definite subject of a verb that reports nothing of its own (a stance verb, or a
 * verb whose complement is no reported clause): it is who speaks the next cue's words.
 */
function speakerForNextCue(a: Analysis, i: number, last: number, known: KnownNames): SpeakerPhrase | null {
  const context = parseArabicSubject(a, i + 1, Math.min(last, i + 8), known);
  return context && (context.kind === 'name' || context.definite) ? context : null;
}

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
      const cue = according(a, known, onSubject, i, sentence.last);
      if (cue) cues.push(cue);
      continue;
    }
    documentSaysCue(a, i, sentence.last, known, onSubject, cues); // «وجاء في البيان أن …»: no verb of saying
    const bare = stripWa(t.text); // without its و or ف, cut once for the lists below
    const participle = AR_PARTICIPLES.get(t.text) ?? AR_PARTICIPLES.get(bare);
    if (participle && !AR_NON_REPORTING_PARTICIPLES.has(bare)) {
      const found = verbComplement(a, i, participle, sentence.last);
      if (found && found.mode !== 'before') {
        cues.push({
          ...arabicCueBase(tokens, i, found.cueEnd),
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
      const context = speakerForNextCue(a, i, sentence.last, known);
      if (context) cues.push(arabicContextCue(tokens, i, context));
      continue;
    }
    // "اكتفى المدرب بالقول: …": بالقول is the cue; the verb's subject before it speaks.
    if (QAWL.has(t.text) || BILQAWL.has(t.text)) {
      const cue = reportedSaying(a, known, onSubject, i, sentence.first, sentence.last);
      if (cue) cues.push(cue);
      continue;
    }
    if (RELAY.has(t.text)) {
      const found = relayed(a, i, sentence.last, known);
      if (found) onSubject(found.subject);
      if (found) cues.push({ ...arabicCueBase(tokens, i, i), mode: 'clause', ...found, implicit: null, continuation: false });
      continue;
    }
    const verb = AR_VERBS.get(t.text) ?? AR_VERBS.get(bare);
    // "أما جارته، الحاجة سعاد …، فتقضي …": the topic of أما speaks for a participle or quote after its ف-word (ammaTopic).
    const topic = t.text.startsWith('ف') && t.text.length > 3 ? ammaTopic(a, sentence.first, i, known) : null;
    if (topic && (!verb || !verbComplement(a, i, verb.preps, sentence.last))) {
      cues.push(arabicContextCue(tokens, i, topic));
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
    const found = verbComplement(a, i, verb.preps, sentence.last);
    if (!found) {
      // "نفى المتحدث … وجود أي خلافات، وقال: …": the speaker matters for the next cue.
      const context = speakerForNextCue(a, i, sentence.last, known);
      if (context) cues.push(arabicContextCue(tokens, i, context));
      continue;
    }
    const objectEnd = OBJECT_FIRST.has(verb.lemma) ? objectStart(tokens, i + 1, found.subjectEnd) : found.subjectEnd;
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
      subject = preverbal(a, known, sentence.first, i) ?? subject;
    // "…، الذي قال إن"، "غير أن مسؤولاً فيها قال إن": the subject written before the verb in those two shapes.
    if (!subject) subject = relativeAntecedent(a, i, sentence.first, known) ?? subjectAfterAnna(a, i, sentence.first, known);
    if (!subject) subject = topicSubject(a, sentence.first, i, known) ?? kanaSubject(a, sentence.first, i, known);
    // "أبو صالح، من سكان الحي، قال لنا: …": the subject before the verb, who was spoken to after it.
    if (!subject) subject = preverbal(a, known, sentence.first, i);
    // A postposed cue ends its sentence: only a short phrase may follow the subject
    // (…، قال المتحدث لوكالة الأنباء), not an object (…، فيما أعلنت الحركة تمسكها …); with none, «…»، تقول بحزن.
    const proDrop = !subject && markedEndsBefore(a, i) && endsSentence(a, known, t.end, sentence.last);
    if (found.mode === 'before' && !proDrop && (!subject || !endsSentence(a, known, subject.mention.end, sentence.last))) continue;
    if (subject) onSubject(subject);
    const content = found.mode === 'before' ? sentenceHead(a, commaBefore(tokens, i, sentence.first)) : found.content;
    if (found.mode === 'before' && !content && !markedEndsBefore(a, i)) continue;
    cues.push({
      ...arabicCueBase(tokens, i, found.cueEnd),
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
}
