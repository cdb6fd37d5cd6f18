/**
 * What an English reporting verb governs, read from after the verb (or its inverted subject): "that …",
 * a colon, a quotation, a clause without "that", or nothing (a postposed cue, "…, she said"), past the
 * verb's object and adverbials ("told reporters in Cairo on Monday that …").
 */
import { EN_VERBS, type EnglishCue } from '../lexicon/en';
import { EN_NUMBER_WORDS } from '../lexicon/numbers';
import type { Analysis, Cue, Range, SpeakerPhrase } from '../types';
import { tokenIndexAt } from '../ranges';
import { lower, type Token } from '../tokens';
import { clauseEnd, sentenceHead } from './clause';
import { ASIDE_ADVERBS, FINITE, NOT_A_CLAUSE_START, NP_OBJECT_VERBS, participlePhrase } from './cue-words-en';
import { ADVERBIAL_PREPS, OBJECT_DETERMINERS, objectEnd, prepositionObjectEnd, SUBJECT_PRONOUNS, TIME_WORDS } from './objects-en';
import { commaBefore, markedAhead, markedBefore, subjectStart } from './cues-en-marked';

/** What the verb governs, starting at token j (after the verb, or after an inverted subject). */
export function verbComplement(
  a: Analysis,
  verbAt: number,
  j: number,
  verb: EnglishCue,
  last: number,
  subject: SpeakerPhrase | null = null,
): { mode: Cue['mode']; content: Range | null; searchFrom?: number } | null {
  const tokens = a.tokens;
  let k = j;
  // "told reporters (in Cairo) that …", "told the Gazette she …": skip the object.
  if (verb.takesObject && !verb.quoteOnly) k = objectEnd(tokens, k, last);
  // "police told him to leave": told someone to do something is an order, not a report.
  if (verb.takesObject && k > j && lower(tokens[k]) === 'to' && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]?.capitalized) return null;
  // "“…,” said Omar Baig of the opposition, adding that …": the speaker's side, up to the comma.
  if (subject?.kind === 'name' && markedBefore(a, verbAt) && /^(of|from)$/.test(lower(tokens[k]))) {
    let m = k + 1;
    while (m <= last && m - k <= 6 && (tokens[m] as Token).kind === 'word' && lower(tokens[m]) !== 'that') m++;
    if (tokens[m]?.text === ',' || /^[.!?]$/.test(tokens[m]?.text ?? '')) k = m;
  }
  const adjunctsFrom = k;
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
  const atEnd =
    k > last ||
    !t ||
    (k === last && /^[.!?]$/.test(t.text)) ||
    ((trailing || onlyAdjuncts(a, k, last)) && markedBefore(a, verbAt)) ||
    postposedBeforeAdjuncts(a, verbAt, adjunctsFrom, last, subject);
  if (verb.quoteOnly) {
    if (markedAhead(a, verbAt, last)) return { mode: 'marked' as const, content: null };
    // "“Why should we pay?” Orban asked." / "… Orban asked, drawing cheers." (a participle phrase ends it too)
    return (atEnd || participlePhrase(tokens, k)) && markedBefore(a, verbAt) ? { mode: 'before' as const, content: null } : null;
  }
  // "…, he said; the week before …": a semicolon ends the attribution as a full stop would.
  if (atEnd || t?.text === ';' || (t?.text === ',' && (k + 1 > last || /^[.!?]$/.test(tokens[k + 1]?.text ?? '')))) {
    const content = sentenceHead(a, commaBefore(a, subjectStart(tokens, verbAt, subject)));
    return content || markedBefore(a, verbAt) ? { mode: 'before' as const, content } : null;
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
    const content = sentenceHead(a, commaBefore(a, verbAt));
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
    (/^(no|nothing)$/.test(lower(t)) && hasFiniteVerb(tokens, k + 1, (tokens[last] as Token).end)) ||
    (lower(t) === 'about' && (amountAt(k + 1) || (/^an?$/.test(lower(tokens[k + 1])) && amountAt(k + 2))));
  // "said £38,500 had been recovered": a clause may open with an amount.
  const amount = t.kind === 'punct' && /^\p{Sc}$/u.test(t.text) && tokens[k + 1]?.kind === 'number';
  if ((t.kind === 'punct' && !amount) || (NOT_A_CLAUSE_START.has(lower(t)) && !negative)) return null;
  // A clause without "that": "Lopez said 30 percent of the money would go to schools."
  const content = clauseEnd(a, k);
  if (!content) return null;
  const words = a.text.slice(content.start, content.end).split(/\s+/).length;
  // "reported a 12% rise in revenue": verbs that also take a noun object need a verb in what follows.
  if (NP_OBJECT_VERBS.has(verb.lemma) && !hasFiniteVerb(tokens, k, content.end)) return null;
  return words >= 3 ? { mode: 'clause' as const, content } : null;
}

/** A finite verb before the first comma from token k: the words form a clause, not a noun phrase. */
function hasFiniteVerb(tokens: readonly Token[], k: number, end: number): boolean {
  for (let m = k; m < tokens.length && (tokens[m] as Token).start < end; m++) {
    const t = tokens[m] as Token;
    if (t.text === ',') return false;
    if (t.kind !== 'word' || t.capitalized) continue;
    if (FINITE.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed') && !OBJECT_DETERMINERS.has(lower(tokens[m - 1])))) return true;
    // "warned it faces a budget gap": a present tense after he/she/it.
    if (/^(he|she|it)$/.test(lower(tokens[m - 1])) && /[^su]s$/.test(t.lower)) return true;
  }
  return false;
}

/** After "…,” X wrote": nothing but adjuncts up to the end ("in an internal memo seen by Reuters"). */
function onlyAdjuncts(a: Analysis, k: number, last: number): boolean {
  const tokens = a.tokens;
  for (let m = k; m <= last; m++) {
    const t = tokens[m] as Token;
    if (t.lower === 'that' || a.markedByStart.has(t.start) || t.text === ':' || t.text === ',') return false;
    if (t.kind === 'word' && SUBJECT_PRONOUNS.has(t.lower)) return false;
  }
  return true;
}

/**
 * "…, the board said after its meeting on July 22.", "…, officials said late on Monday night.": a cue
 * after the reported clause and its comma, followed by nothing but adverbials (a preposition or a time
 * word opening them, no verb of their own) to the end of the sentence. The clause before is the quote.
 */
function postposedBeforeAdjuncts(a: Analysis, verbAt: number, k: number, last: number, subject: SpeakerPhrase | null): boolean {
  const tokens = a.tokens;
  if (!subject || subject.kind === 'pronoun' || tokens[subjectStart(tokens, verbAt, subject) - 1]?.text !== ',') return false;
  const w = lower(tokens[k]);
  if (!(ADVERBIAL_PREPS.has(w) || TIME_WORDS.has(w)) || w === 'to' || w === 'with') return false;
  const end = /^[.!?]$/.test(tokens[last]?.text ?? '') ? last - 1 : last;
  return end >= k && end - k < 12 && onlyAdjuncts(a, k, end) && !hasFiniteVerb(tokens, k, (tokens[end] as Token).end);
}
