import { AR_TIME_WORDS } from '../lexicon/ar';
import { foldedSet, words } from '../lexicon/util';
import type { Token } from '../tokens';
import type { Analysis, SpeakerPhrase } from '../types';
import type { KnownNames } from './arabic';
import { parseArabicSubject } from './arabic-subject';

/**
 * The writer's own verbs of meeting or asking someone (first person: سألتُ، التقينا، استقبلنا): the
 * person after them is who answers in the pro-drop quote that follows (فأجاب: …، قال لي: …).
 */
const ASKED_OR_MET = foldedSet(
  words(`سألت سألنا وسألت وسألنا فسألت فسألنا التقيت التقينا والتقيت والتقينا قابلت قابلنا وقابلت وقابلنا
  استقبلنا واستقبلنا استقبلني زرت زرنا وزرت وزرنا حاورت حاورنا وحاورت وحاورنا`),
);
/** "حين سألت …"، "وعندما التقينا …": a clause of time may open the sentence before the verb. */
const WHEN = foldedSet(words('حين وحين عندما وعندما لما ولما'));
/** Words of the object, at most (a role, a title abbreviation and a three-part name). */
const MAX_OBJECT = 8;

/**
 * Who the writer met or asked in the sentence opening at token `k`: «سألنا وزير النقل عن …»،
 * «استقبلنا فلان الفلاني، رئيس الاتحاد، …»، «حين سألت مهندس السلامة …». A single person only.
 */
export function writersInterlocutor(a: Analysis, k: number, last: number, known: KnownNames): SpeakerPhrase | null {
  const tokens = a.tokens;
  if (WHEN.has(tokens[k]?.text ?? '')) k++;
  if (!ASKED_OR_MET.has(tokens[k]?.text ?? '')) return null;
  let from = k + 1;
  // "التقيت أمس رئيس البلدية": a time word between the verb and its object.
  while (from <= last && AR_TIME_WORDS.has((tokens[from] as Token).text)) from++;
  if (from > last || (tokens[from] as Token).kind !== 'word') return null;
  const object = parseArabicSubject(a, from, Math.min(last, from + MAX_OBJECT), known);
  if (!object || object.plural) return null;
  // The object opens right after the verb: a phrase read further on is no object of it.
  const start = Math.min(object.mention.start, object.role?.start ?? Infinity);
  return start === (tokens[from] as Token).start ? object : null;
}
