/**
 * The walk over an English text that finds reporting cues, word by word: "X said", "said X", "…, X
 * said", participles that continue a statement (", adding that …") and "according to X", with the
 * subject of each. What a verb governs is in cues-en-complement.ts, "according to" in according-en.ts.
 */
import { EN_PARTICIPLES, EN_VERBS, type EnglishCue } from '../lexicon/en';
import {
  CLOSING_MARKS,
  DOCUMENT_VERBS,
  FINITE,
  NOUN_AFTER,
  PASSIVE_BEFORE,
  SENTENCE_CONNECTIVES,
  SHOW,
  WRITTEN_FINDINGS,
  notAReport,
  pluralNounAfter,
} from './cue-words-en';
import { accordingToCue } from './according-en';
import { verbComplement } from './cues-en-complement';
import { participleSubject } from './with-subject-en';
import { afterDateline } from './dateline';
import { parseEnglishSubjectBefore } from '../speakers/english';
import { documentPhrase } from '../speakers/english-phrase';
import { forwardPhrase } from '../speakers/english-forward';
import { parseEnglishSubjectAfter } from '../speakers/english-after';
import { postComplementEnd } from '../speakers/english-asides';
import type { Analysis, Cue, SpeakerPhrase } from '../types';
import { tokenIndexAt } from '../ranges';
import { lower, type Token } from '../tokens';
import { afterObjectQuote, coordinatedSubject } from './coordinated-en';
import { cueBase } from './cue-shape';
import { OBJECT_DETERMINERS } from './objects-en';

/**
 * Finds English reporting cues: "X said (that) …", "…, X said", "said X", "X told
 * reporters that …", participles that continue a statement (", adding that …"), and
 * "according to X".
 */
export function findEnglishCues(a: Analysis, onSubject: (s: SpeakerPhrase) => void): Cue[] {
  const tokens = a.tokens;
  const cues: Cue[] = [];
  /** A subject that is a document: its last word a document noun (internal records, the audit). */
  const isDocument = (s: SpeakerPhrase) =>
    s.kind !== 'pronoun' && WRITTEN_FINDINGS.has(/(\S+)$/u.exec(a.text.slice(s.mention.start, s.mention.end))?.[1]?.toLowerCase() ?? '');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || t.arabic) continue;
    const w = t.lower;
    const sentence = a.sentences[a.sentenceOf[i] as number];
    if (!sentence) continue;
    if (w === 'according' && lower(tokens[i + 1]) === 'to') {
      const cue = accordingToCue(a, onSubject, i, sentence.last);
      if (cue) cues.push(cue);
      continue;
    }
    const participle = EN_PARTICIPLES.get(w);
    if (participle) {
      // "…, with Chair Jerome Powell saying the bank needed more time": the participle's own subject;
      // "…, with the Minority Leader, Hon. Ada Obi, saying …": the name in apposition closes with a comma.
      const withSubject = participleSubject(a, i, sentence.first);
      if (tokens[i - 1]?.text !== ',' || withSubject) {
        const subject = withSubject;
        const found = subject ? verbComplement(a, i, i + 1, participle, sentence.last) : null;
        if (subject && found && found.mode !== 'before') {
          onSubject(subject);
          cues.push({
            ...englishCueBase(tokens, i, participle),
            mode: found.mode,
            content: found.content,
            searchFrom: found.searchFrom,
            subject,
            implicit: null,
            continuation: false,
          });
        }
        continue;
      }
      const found = verbComplement(a, i, i + 1, participle, sentence.last);
      if (found && found.mode !== 'before') {
        const subject = mainSubject(a, afterDateline(a, sentence), i);
        if (subject) onSubject(subject);
        cues.push({
          ...englishCueBase(tokens, i, participle),
          mode: found.mode,
          content: found.content,
          searchFrom: found.searchFrom,
          subject,
          implicit: null,
          continuation: true,
        });
      }
      continue;
    }
    const verb = EN_VERBS.get(w) ?? (DOCUMENT_VERBS.has(w) ? SHOW : undefined);
    if (!verb || t.capitalized || notAReport(tokens, i)) continue;
    // "who asked not to be named", "asked to remain anonymous": a request about the source, never a quotation's cue.
    if (verb.lemma === 'ask' && /^(not|to|that)$/.test(lower(tokens[i + 1]))) continue;
    const prevWord = lower(tokens[i - 1]);
    if (PASSIVE_BEFORE.has(prevWord) || (prevWord === 'had' && lower(tokens[i + 1]) === 'been')) continue;
    const prev = tokens[i - 1];
    // Inverted: "…,” said X" / "…, said the ministry". After a comma the subject may also
    // come before, with an aside: "A health official, speaking on condition of anonymity, said".
    const afterQuote = !!prev && CLOSING_MARKS.has(prev.text);
    const inverted = !!prev && (prev.text === ',' || afterQuote) && !/^(he|she|they|it)$/.test(lower(tokens[i + 1]));
    let subject: SpeakerPhrase | null = null;
    let after = i + 1;
    // The subject after the verb is read in place, not by a closure: a closure here would make
    // every token's pass through this loop allocate a scope for the variables it shares.
    const inversion = inverted && afterQuote ? parseEnglishSubjectAfter(a, i, sentence.last) : null;
    if (inversion) {
      subject = inversion.phrase;
      after = inversion.last + 1;
    }
    if (!subject && !afterQuote) subject = parseEnglishSubjectBefore(a, i, sentence.first);
    // "Records show …", "the audit found that …": only a document shows or finds; people do other things.
    if (verb === SHOW && !subject && WRITTEN_FINDINGS.has(prevWord)) {
      // "The audit found": lower-case words back to the determiner.
      let first = i - 1;
      while (
        first - 1 >= sentence.first &&
        i - first < 4 &&
        tokens[first - 1]?.kind === 'word' &&
        !OBJECT_DETERMINERS.has(lower(tokens[first - 1]))
      )
        first--;
      subject = documentPhrase(a, first, i - 1);
    }
    if (verb === SHOW && !(subject && isDocument(subject))) continue;
    // "sales beat Wall Street estimates", "above analysts' forecasts": after a preposition or a verb
    // of comparison, a word in -s is a plural noun, not a reporting verb.
    if (subject && w.endsWith('s') && NOUN_AFTER.has(lower(tokens[tokenIndexAt(tokens, subject.mention.start) - 1]))) continue;
    // "in nine coastal states", "the annual reports": after a lower-case word that names no one, a plural noun.
    if (subject && pluralNounAfter(tokens, i)) continue;
    if (!subject && inverted && !afterQuote) {
      const later = parseEnglishSubjectAfter(a, i, sentence.last);
      // "…, said some vendors were filling carts": a plural role with its own verb after it opens the reported clause.
      if (later && !(later.phrase.plural && FINITE.has(lower(tokens[later.last + 1])))) {
        subject = later.phrase;
        after = later.last + 1;
      }
    }
    if (!subject && inverted) {
      const pronoun = tokens[i + 1];
      if (pronoun && /^(he|she|they)$/.test(lower(pronoun))) after = i + 2;
    }
    const coordinated = !subject && /^(and|but)$/.test(prevWord) ? coordinatedSubject(a, sentence, i, cues) : null;
    if (coordinated) subject = coordinated;
    if (!subject && /^(and|but)$/.test(prevWord)) {
      // "EU diplomats said …, but warned talks might …": the same subject as before.
      const found = verbComplement(a, i, i + 1, verb, sentence.last);
      if (found && found.mode !== 'before') {
        cues.push({
          ...englishCueBase(tokens, i, verb),
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
    if (!subject) continue;
    const found = afterObjectQuote(a, i, coordinated, verbComplement(a, i, after, verb, sentence.last, subject));
    if (!found) continue;
    if (subject.kind !== 'pronoun') onSubject(subject);
    cues.push({
      ...englishCueBase(tokens, i, verb),
      mode: found.mode,
      content: found.content,
      searchFrom: found.searchFrom,
      subject: subject.kind === 'pronoun' ? null : subject,
      implicit: subject.kind === 'pronoun' ? { plural: subject.plural, gender: subject.gender } : null,
      continuation: false,
    });
  }
  return cues;
}

/** The start of an English cue at token `i`, weak or quote-only as its verb is. */
function englishCueBase(tokens: readonly Token[], i: number, verb: EnglishCue) {
  const t = tokens[i] as Token;
  return cueBase('en', { start: t.start, end: t.end }, i, verb.weak, verb.quoteOnly);
}

/** The subject opening the sentence, for participles: "Transit director Omar Haddad defended the plan, saying …". */
function mainSubject(a: Analysis, first: number, limit: number): SpeakerPhrase | null {
  const tokens = a.tokens;
  // "But the party's spokesman, …, dismissed the claims, saying …": a conjunction opening the sentence is no subject.
  if (SENTENCE_CONNECTIVES.has(lower(tokens[first]))) first += tokens[first + 1]?.text === ',' ? 2 : 1;
  const found = forwardPhrase(a, first, limit - 1);
  if (!found || found.phrase.kind === 'pronoun') return null;
  // "Tully's attorney, Lisa Chen, had asked …, arguing that …": the name in apposition; past the post's
  // complement ("The press secretary to the Governor, Mr Obi Eze, …") and, for a capitalized post read as
  // a name ("Guest of honour, Commissioner Hon. Ada Obi, …"), when the name there follows a title.
  const comma = postComplementEnd(tokens, found.last + 1, limit);
  if (tokens[comma]?.text === ',') {
    const named = forwardPhrase(a, comma + 1, limit - 1);
    const titled = !!named && named.phrase.mention.start > (tokens[comma + 1] as Token).start;
    if (named && named.phrase.kind === 'name' && tokens[named.last + 1]?.text === ',' && (found.phrase.kind === 'role' || titled))
      return { ...named.phrase, role: found.phrase.role ?? found.phrase.mention };
  }
  return found.phrase;
}
