import { EN_VERBS } from '../lexicon/en';
import { tokenIndexAt } from '../ranges';
import type { Analysis } from '../types';
import type { Mention, SpeakerTracker } from './coref';

/** Acts of speech that report no clause of their own ("urged residents to stay home"). */
const SPEECH_ACTS = new Set('urged urges lamented laments remembered remembers'.split(' '));
/** Words between a subject and its verb: "has urged", "also acknowledged". */
const BETWEEN = new Set('has have had also later then again repeatedly publicly'.split(' '));

/**
 * "Premier Ada Roe has urged people to stay home. “If you can, stay in,” Roe said.": a person quoted
 * later by surname was introduced in full by a sentence in which they speak without a clause to
 * quote. The guidelines link later mentions to that first full mention, and annotators mark it, so
 * the full name the tracker found for the surname (the entity's canonical range) becomes a mention
 * when a verb of speech follows it as its subject, past an aside between commas.
 */
export function introductions(a: Analysis, tracker: SpeakerTracker, used: Set<Mention>): Mention[] {
  const out: Mention[] = [];
  const firstUsed = new Map<number, Mention>();
  for (const m of used) {
    const f = firstUsed.get(m.entity);
    if (!f || m.range.start < f.range.start) firstUsed.set(m.entity, m);
  }
  for (const [id, first] of firstUsed) {
    const e = tracker.entities[id];
    if (!e || !e.isName) continue;
    const c = e.canonical;
    if (c.end > first.range.start || !/^[A-Z]/.test(a.text.slice(c.start, c.end))) continue;
    if (!speaksAsSubject(a, tokenIndexAt(a.tokens, c.end) - 1)) continue;
    out.push({ range: c, phrase: { ...first.phrase, mention: c, name: c, role: null }, entity: id });
  }
  return out;
}

/** A verb of speech follows the name ending at token `last` in its sentence, past an aside and auxiliaries. */
function speaksAsSubject(a: Analysis, last: number): boolean {
  const tokens = a.tokens;
  const sentence = a.sentences[a.sentenceOf[last] as number];
  if (!sentence) return false;
  const speech = (k: number) => {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.capitalized) return false;
    // "has hailed the spell", "has announced grants": praise and announcements are acts, not speech to quote.
    const verb = EN_VERBS.get(t.lower);
    return SPEECH_ACTS.has(t.lower) || (!!verb && !verb.quoteOnly && verb.lemma !== 'announce');
  };
  let k = last + 1;
  // "the chief executive, Dr Ada Roe, said …": a name in apposition closes with a comma before its verb.
  if (tokens[k]?.text === ',' && speech(k + 1)) return true;
  if (tokens[k]?.text === ',') {
    // "Lorena Roe, a nurse who said she had moved twice, …": the aside's own relative speaks for the name.
    let close = k + 1;
    while (close <= sentence.last && close - k < 25 && tokens[close]?.text !== ',') {
      if (tokens[close]?.lower === 'who' && speech(close + 1)) return true;
      close++;
    }
    if (tokens[close]?.text !== ',') return false;
    k = close + 1;
  }
  while (k <= sentence.last && BETWEEN.has(tokens[k]?.lower ?? '')) k++;
  return speech(k);
}
