import { EN_PARTICIPLES, EN_VERBS, type EnglishCue } from '../lexicon/en';
import { ASIDE_ADVERBS, CLOSING_MARKS, DOCUMENT_VERBS, FINITE, NOT_A_CLAUSE_START, NOUN_AFTER, NP_OBJECT_VERBS } from './cue-words-en';
import {
  PASSIVE_BEFORE,
  SENTENCE_CONNECTIVES,
  SHOW,
  WRITTEN_FINDINGS,
  notAReport,
  participlePhrase,
  pluralNounAfter,
} from './cue-words-en';
import { accordingSource } from './according-en';
import { partyTagStart } from '../speakers/english-split';
import { participleSubject } from './with-subject-en';
import { afterDateline } from './dateline';
import { EN_NUMBER_WORDS } from '../lexicon/numbers';
import { parseEnglishSubjectBefore } from '../speakers/english';
import { documentPhrase } from '../speakers/english-phrase';
import { forwardPhrase } from '../speakers/english-forward';
import { parseEnglishSubjectAfter } from '../speakers/english-after';
import { postComplementEnd } from '../speakers/english-asides';
import type { Analysis, Cue, Range, SpeakerPhrase } from '../types';
import { tokenIndexAt } from '../ranges';
import { lower, type Token } from '../tokens';
import { clauseEnd, sentenceHead } from './clause';
import { afterObjectQuote, coordinatedSubject } from './coordinated-en';
import { accordingCue, cueBase } from './cue-shape';
import { ADVERBIAL_PREPS, OBJECT_DETERMINERS, objectEnd, prepositionObjectEnd, SUBJECT_PRONOUNS, TIME_WORDS } from './objects-en';

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
      const cue = according(i, sentence.first, sentence.last);
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
        const found = subject ? complement(i, i + 1, participle, sentence.last) : null;
        if (subject && found && found.mode !== 'before') {
          onSubject(subject);
          cues.push({
            ...base(i, participle),
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
      const found = complement(i, i + 1, participle, sentence.last);
      if (found && found.mode !== 'before') {
        const subject = mainSubject(afterDateline(a, sentence), i);
        if (subject) onSubject(subject);
        cues.push({
          ...base(i, participle),
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
      const found = complement(i, i + 1, verb, sentence.last);
      if (found && found.mode !== 'before') {
        cues.push({
          ...base(i, verb),
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
    const found = afterObjectQuote(a, i, coordinated, complement(i, after, verb, sentence.last, subject));
    if (!found) continue;
    if (subject.kind !== 'pronoun') onSubject(subject);
    cues.push({
      ...base(i, verb),
      mode: found.mode,
      content: found.content,
      searchFrom: found.searchFrom,
      subject: subject.kind === 'pronoun' ? null : subject,
      implicit: subject.kind === 'pronoun' ? { plural: subject.plural, gender: subject.gender } : null,
      continuation: false,
    });
  }
  return cues;

  function base(i: number, verb: EnglishCue) {
    const t = tokens[i] as Token;
    return cueBase('en', { start: t.start, end: t.end }, i, verb.weak, verb.quoteOnly);
  }

  /** The subject opening the sentence, for participles: "Transit director Omar Haddad defended the plan, saying …". */
  function mainSubject(first: number, limit: number): SpeakerPhrase | null {
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

  /** What the verb governs, starting at token j (after the verb, or after an inverted subject). */
  function complement(
    verbAt: number,
    j: number,
    verb: EnglishCue,
    last: number,
    subject: SpeakerPhrase | null = null,
  ): { mode: Cue['mode']; content: Range | null; searchFrom?: number } | null {
    let k = j;
    // "told reporters (in Cairo) that …", "told the Gazette she …": skip the object.
    if (verb.takesObject && !verb.quoteOnly) k = objectEnd(tokens, k, last);
    // "police told him to leave": told someone to do something is an order, not a report.
    if (verb.takesObject && k > j && lower(tokens[k]) === 'to' && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]?.capitalized)
      return null;
    // "“…,” said Omar Baig of the opposition, adding that …": the speaker's side, up to the comma.
    if (subject?.kind === 'name' && markedBefore(verbAt) && /^(of|from)$/.test(lower(tokens[k]))) {
      let m = k + 1;
      while (m <= last && m - k <= 6 && (tokens[m] as Token).kind === 'word' && lower(tokens[m]) !== 'that') m++;
      if (tokens[m]?.text === ',' || /^[.!?]$/.test(tokens[m]?.text ?? '')) k = m;
    }
    // Adverbials: "on Monday", "in a statement", "at a news conference", "Tuesday".
    for (let guard = 0; guard < 4 && k <= last; guard++) {
      const w = lower(tokens[k]);
      if (TIME_WORDS.has(w)) {
        k++;
        continue;
      }
      // "said at least 30 people …": not a preposition.
      if (ADVERBIAL_PREPS.has(w) && !(w === 'at' && /^(least|most)$/.test(lower(tokens[k + 1])))) {
        let m = k + 1;
        while (
          m <= last &&
          m - k <= 6 &&
          (tokens[m] as Token).kind === 'word' &&
          lower(tokens[m]) !== 'that' &&
          !EN_VERBS.has(lower(tokens[m]))
        )
          m++;
        // "said in a statement on Monday that …": up to "that"; otherwise only the preposition's
        // object, so "said on Thursday its members would strike" keeps its clause.
        k = lower(tokens[m]) === 'that' ? m : prepositionObjectEnd(tokens, k + 1, last);
        continue;
      }
      break;
    }
    // "warned, however, that …": an adverb between commas is an aside.
    if (tokens[k]?.text === ',' && ASIDE_ADVERBS.has(lower(tokens[k + 1])) && tokens[k + 2]?.text === ',' && k + 3 <= last) k += 3;
    const t = tokens[k];
    // "…,” Judge Ellis said as she passed sentence.": a trailing subordinate clause ends the attribution.
    const trailing = !!t && /^(as|when|while|before|after|because|since|during|amid|despite)$/.test(lower(t)) && k > j - 1;
    const atEnd = k > last || !t || (k === last && /^[.!?]$/.test(t.text)) || ((trailing || onlyAdjuncts(k, last)) && markedBefore(verbAt));
    if (verb.quoteOnly) {
      if (markedAhead(verbAt, last)) return { mode: 'marked' as const, content: null };
      // "“Why should we pay?” Orban asked." / "… Orban asked, drawing cheers." (a participle phrase ends it too)
      return (atEnd || participlePhrase(tokens, k)) && markedBefore(verbAt) ? { mode: 'before' as const, content: null } : null;
    }
    // "…, he said; the week before …": a semicolon ends the attribution as a full stop would.
    if (atEnd || t?.text === ';' || (t?.text === ',' && (k + 1 > last || /^[.!?]$/.test(tokens[k + 1]?.text ?? '')))) {
      const content = sentenceHead(a, commaBefore(subjectStart(verbAt, subject)));
      return content || markedBefore(verbAt) ? { mode: 'before' as const, content } : null;
    }
    if (!t) return null;
    if (lower(t) === 'that') {
      const content = clauseEnd(a, k + 1);
      return content ? { mode: 'clause' as const, content } : null;
    }
    if (t.text === ':') {
      const next = tokens[k + 1];
      if (!next || next.kind === 'newline' || a.markedByStart.has(next.start))
        return { mode: 'marked' as const, content: null, searchFrom: t.start };
      const content = clauseEnd(a, k + 1);
      return content ? { mode: 'colon' as const, content } : null;
    }
    const opens = (tok: Token | undefined) => !!tok && a.markedByStart.has(tok.start);
    if (opens(t) || (t.text === ',' && opens(tokens[k + 1]))) return { mode: 'marked' as const, content: null };
    if (t.text === ',') {
      // "…, officials said, citing …": the quote is before.
      const content = sentenceHead(a, commaBefore(verbAt));
      if (content) return { mode: 'before' as const, content };
      // "Since January, she says, flour prices have doubled.": the quote follows the aside.
      const subjectStart = subject ? tokenIndexAt(tokens, subject.mention.start) : verbAt;
      if (tokens[subjectStart - 1]?.text === ',') {
        const after = clauseEnd(a, k + 1);
        if (after && a.text.slice(after.start, after.end).split(/\s+/).length >= 3) return { mode: 'clause' as const, content: after };
      }
      return null;
    }
    // "said no one was hurt", "said nothing had changed", "said about 40 (a dozen, a third) people died" are clauses;
    // "said no", "said nothing", "said about the plan" are not.
    const amountAt = (i: number) =>
      tokens[i]?.kind === 'number' || EN_NUMBER_WORDS.has(lower(tokens[i])) || /^thirds?$/.test(lower(tokens[i]));
    const negative =
      (/^(no|nothing)$/.test(lower(t)) && hasFiniteVerb(k + 1, (tokens[last] as Token).end)) ||
      (lower(t) === 'about' && (amountAt(k + 1) || (/^an?$/.test(lower(tokens[k + 1])) && amountAt(k + 2))));
    // "said £38,500 had been recovered": a clause may open with an amount.
    const amount = t.kind === 'punct' && /^\p{Sc}$/u.test(t.text) && tokens[k + 1]?.kind === 'number';
    if ((t.kind === 'punct' && !amount) || (NOT_A_CLAUSE_START.has(lower(t)) && !negative)) return null;
    // A clause without "that": "Lopez said 30 percent of the money would go to schools."
    const content = clauseEnd(a, k);
    if (!content) return null;
    const words = a.text.slice(content.start, content.end).split(/\s+/).length;
    // "reported a 12% rise in revenue": verbs that also take a noun object need a verb in what follows.
    if (NP_OBJECT_VERBS.has(verb.lemma) && !hasFiniteVerb(k, content.end)) return null;
    return words >= 3 ? { mode: 'clause' as const, content } : null;
  }

  /** A finite verb before the first comma from token k: the words form a clause, not a noun phrase. */
  function hasFiniteVerb(k: number, end: number): boolean {
    for (let m = k; m < tokens.length && (tokens[m] as Token).start < end; m++) {
      const t = tokens[m] as Token;
      if (t.text === ',') return false;
      if (t.kind !== 'word' || t.capitalized) continue;
      if (FINITE.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed') && !OBJECT_DETERMINERS.has(lower(tokens[m - 1]))))
        return true;
      // "warned it faces a budget gap": a present tense after he/she/it.
      if (/^(he|she|it)$/.test(lower(tokens[m - 1])) && /[^su]s$/.test(t.lower)) return true;
    }
    return false;
  }

  /** After "…,” X wrote": nothing but adjuncts up to the end ("in an internal memo seen by Reuters"). */
  function onlyAdjuncts(k: number, last: number): boolean {
    for (let m = k; m <= last; m++) {
      const t = tokens[m] as Token;
      if (t.lower === 'that' || a.markedByStart.has(t.start) || t.text === ':' || t.text === ',') return false;
      if (t.kind === 'word' && SUBJECT_PRONOUNS.has(t.lower)) return false;
    }
    return true;
  }

  /** Where the quote before a postposed cue ends: before the whole subject ("…, its chief executive, X, said"). */
  function subjectStart(verbAt: number, subject: SpeakerPhrase | null): number {
    if (!subject) return verbAt;
    const start = Math.min(subject.mention.start, subject.role?.start ?? Infinity);
    const k = tokenIndexAt(tokens, start);
    if (k >= verbAt) return verbAt;
    // "its chief executive": a determiner before the role belongs to the subject.
    return /^(its|their|his|her|the|a|an)$/.test(lower(tokens[k - 1])) ? k - 1 : k;
  }

  /** A quotation opens between token i and the end of token `last`. */
  function markedAhead(i: number, last: number): boolean {
    const m = a.outer.firstFrom((tokens[i] as Token).start + 1);
    return !!m && m.start < (tokens[last] as Token).end;
  }

  /** The comma (or quote) that ends the reported part before a postposed cue: "…, the fire service said". */
  function commaBefore(verb: number): number {
    const sentence = a.sentences[a.sentenceOf[verb] as number];
    for (let k = verb - 1; sentence && k > sentence.first; k--) {
      const t = tokens[k] as Token;
      if (t.text === ',' && !a.outer.at(t.start)) return k;
      if (CLOSING_MARKS.has(t.text) && a.markedByEnd.has(t.end)) return k + 1;
    }
    return verb;
  }

  /** A quotation ends just before the subject (or the verb): "“…?” Orban asked." */
  function markedBefore(verb: number): boolean {
    const k = commaBefore(verb);
    const before = tokens[k - 1];
    if (before && (a.markedByEnd.has(before.end) || a.markedByEnd.has((tokens[k] as Token | undefined)?.end ?? -1))) return true;
    // "“…,” Sen. Ana Ruiz, D-N.M., said as …": a party-and-state tag does not count against the reach.
    const tag = tokens[verb - 1]?.text === ',' ? partyTagStart(tokens, verb - 2) : -1;
    const from = tag > 0 ? tag : verb;
    for (let j = from - 1; j >= 0 && from - j <= 8; j--) {
      const t = tokens[j] as Token;
      if (CLOSING_MARKS.has(t.text) && a.markedByEnd.has(t.end)) return true;
      if (t.kind !== 'word' && t.text !== ',' && t.text !== '.') return false;
      // "“…,” she said. Her husband said …": a quotation closed in an earlier sentence is not this cue's.
      if (a.sentenceOf[j] !== a.sentenceOf[verb]) return false;
    }
    return false;
  }

  /** "according to X, …" / "…, according to X." */
  function according(i: number, first: number, last: number): Cue | null {
    const j = i + 2;
    let end = j;
    while (end + 1 <= last && tokens[end + 1]?.text !== ',' && !/^[.!?]$/.test(tokens[end + 1]?.text ?? '')) end++;
    let found = accordingSource(a, j, end);
    if (!found) return null;
    // "according to its chief executive, Yeon-Jin Kim.": the name in apposition.
    if (found.phrase.kind === 'role' && tokens[end + 1]?.text === ',') {
      let close = end + 2;
      while (close <= last && tokens[close]?.text !== ',' && !/^[.!?]$/.test(tokens[close]?.text ?? '')) close++;
      const named = forwardPhrase(a, end + 2, close - 1);
      if (named && named.phrase.kind === 'name' && named.last === close - 1) {
        found = { phrase: { ...named.phrase, role: found.phrase.role }, last: named.last };
        end = named.last;
      }
    }
    onSubject(found.phrase);
    const postposed = tokens[i - 1]?.text === ',';
    const content = postposed ? sentenceHead(a, i - 1) : tokens[end + 1]?.text === ',' ? clauseEnd(a, end + 2) : null;
    if (!content) return null;
    return accordingCue('en', { start: (tokens[i] as Token).start, end: (tokens[i + 1] as Token).end }, i, content, found.phrase, false);
  }
}
