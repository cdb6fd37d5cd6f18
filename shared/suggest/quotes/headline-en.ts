import type { Mention, SpeakerTracker } from '../speakers/coref';
import { isRoleWord } from '../speakers/english-names';
import { type Analysis, type MarkedSpan, definiteRole } from '../types';
import type { QuoteCandidate } from './candidate';

/**
 * English headlines that put the quotation first and its speaker after a colon:
 * "‘The tide waits for nobody’: harbour master on the new sea wall",
 * "'Stay indoors tonight': premier". The quotation opens its line; after the colon comes a short
 * description of the speaker (ending in a role word), then optionally "on …" / "about …" for the
 * subject. The description is a speaker mention; who it is, the article says later (the tracker links it).
 */
const AFTER = /^\s*:\s*((?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)(?:\s+(?:on|about|says|over)\s[^\n]*)?\s*$/u;
const MAX_WORDS = 6;

export function quoteThenSpeakerHeadlines(a: Analysis, tracker: SpeakerTracker, taken: Set<MarkedSpan>): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const m of a.outer.items) {
    if (taken.has(m)) continue;
    const lineStart = a.text.lastIndexOf('\n', m.start - 1) + 1;
    if (a.text.slice(lineStart, m.start).trim() !== '') continue;
    const lineEnd = a.text.indexOf('\n', m.end);
    const rest = a.text.slice(m.end, lineEnd < 0 ? a.text.length : lineEnd);
    const found = AFTER.exec(rest);
    if (!found || /[\u0600-\u06FF\p{N}]/u.test(rest)) continue;
    const phrase = (found[1] as string).replace(/[.]$/, '');
    const words = phrase.split(/\s+/);
    // The description ends in a person's role (chief, boss, scientist); an article may open it.
    if (words.length > MAX_WORDS || !isRoleWord(words.at(-1) as string)) continue;
    if (/^(?:he|she|they|it|we|i|you)$/iu.test(words[0] as string)) continue;
    const start = m.end + rest.indexOf(phrase);
    const role = { start, end: start + phrase.length };
    const mention: Mention = tracker.mention(definiteRole(role), tracker.holderOf(role) ?? undefined);
    const cue = { start: m.end + rest.indexOf(':'), end: m.end + rest.indexOf(':') + 1 };
    taken.add(m);
    out.push({ range: { start: m.start, end: m.end }, kind: 'direct', cue, speaker: mention, confidence: 0.8 });
  }
  return out;
}
