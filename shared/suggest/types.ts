import type { MarkedSpan } from './quotes/direct';
import type { Range, RangeSet } from './ranges';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

export type { Range };

/** Everything the rules share about one document, all in folded offsets. */
export interface Analysis {
  text: string;
  tokens: Token[];
  marked: MarkedSpan[];
  /** Outer (not nested) quotations, sorted, for fast lookups. */
  outer: RangeSet<MarkedSpan>;
  markedByStart: Map<number, MarkedSpan>;
  markedByEnd: Map<number, MarkedSpan>;
  sentences: Sentence[];
  sentenceOf: Int32Array;
}

export type Gender = 'male' | 'female' | 'unknown';

/** Who a reporting verb's subject is, as written. */
export interface SpeakerPhrase {
  /** What to mark as the speaker: the name when there is one, else the role phrase. */
  mention: Range;
  name: Range | null;
  role: Range | null;
  kind: 'name' | 'role' | 'pronoun';
  plural: boolean;
  gender: Gender;
  /** "the minister", الوزير: may refer back to an earlier speaker. Indefinite roles introduce someone new. */
  definite: boolean;
  /** "المصدر ذاته", "the same source": explicitly the previous speaker. */
  sameAsBefore: boolean;
}

/** A speaker written only as a definite role phrase (the harbour master, الوزير): one person, gender unsaid. */
export function definiteRole(role: Range): SpeakerPhrase {
  return { mention: role, name: null, role, kind: 'role', plural: false, gender: 'unknown', definite: true, sameAsBefore: false };
}

/** A reporting cue and what it governs. */
export interface Cue {
  lang: 'ar' | 'en';
  /** The cue word(s) as they appear (folded range). */
  cue: Range;
  /** A preposition that belongs to the cue but follows the subject (وأشار الوزير إلى أن). */
  cuePrep?: Range;
  /** Token index of the cue word, for ordering. */
  at: number;
  /**
   * clause: reported clause after أن/that; colon: text after a colon; before: the quote
   * precedes the cue (…, officials said); marked: the next quotation is the quote;
   * context: no quote, but the subject becomes the latest speaker (نفى المتحدث … وجود …).
   */
  mode: 'clause' | 'colon' | 'before' | 'marked' | 'context';
  /** The reported content, when the cue determines it. */
  content: Range | null;
  /** For `marked`: look for the quotation from here (after a colon), not from the cue. */
  searchFrom?: number;
  subject: SpeakerPhrase | null;
  /** No subject written: a pronoun or Arabic pro-drop; resolve to an earlier speaker. */
  implicit: { plural: boolean; gender: Gender } | null;
  /** Participles (مضيفاً، adding): same speaker as the sentence's main clause. */
  continuation: boolean;
  /** A coordinated clause (، وأن …، , and that …): kept only right after a quote of the same sentence. */
  coordinated?: boolean;
  /** According-to style attribution (بحسب، according to). */
  according: boolean;
  /** Verbs of belief and expectation (توقع، estimated) report a view: less sure. */
  weak: boolean;
  /** Verbs that only introduce a marked fragment (called it “…”). */
  quoteOnly: boolean;
}

export type { MarkedSpan, Sentence, Token };
