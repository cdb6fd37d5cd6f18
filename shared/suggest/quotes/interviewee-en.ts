import { tokenIndexAt } from '../ranges';
import { forwardPhrase } from '../speakers/english-forward';
import { isPersonName } from '../speakers/english-names';
import type { Analysis, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';

/**
 * Who answers an English Q&A interview, read from the introduction's meeting sentence:
 * "Superintendent Jane Roe, who took the job in 2024, sat down with the Herald" (the subject
 * answers: the other side is the outlet), "The Gazette's Tom Hale spoke to Jane Roe, chair of …"
 * (the object answers: the subject is the outlet's reporter).
 */

const MEETING =
  /\b(?:sat|sits|sitting)\s+down\s+with\s+|\b(?:spoke|speaks|spoken|talked|talks|talking|speaking)\s+(?:to|with)\s+|\b(?:was|were)\s+interviewed\s+by\s+|\binterviewed\s+/gu;
/** The other side is the outlet: us, me, the Herald, this newspaper, our reporter. */
const OUTLET_OBJECT =
  /^(?:us|me|our\s|this\s+(?:newspaper|paper|reporter|site|programme|program|station)|[Tt]he\s+\p{Lu}|(?:\p{Lu}\p{L}*\s+){0,2}(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Jj]ournalist|[Ww]riter)\b)/u;
/** "In an interview with the Herald, port director Jane Roe …", "In this interview with TOM HALE, she …": the main clause's subject answers. */
const INTERVIEW_WITH = /\b[Ii]n\s+(?:an?|this)\s+(?:\w+\s+)?interview\s+with\s+(?:[Tt]he\s+)?\p{Lu}[^,]{0,60},\s+/gu;
/** The subject is the outlet's journalist: "The Gazette's Tom Hale", "our reporter", "We". */
const JOURNALIST_SUBJECT =
  /^(?:[Tt]he(?:\s+\p{Lu}[\p{L}'’&.-]*){1,4}\s*$|(?:[Tt]he\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*['’]s\s+\p{Lu}|(?:[Oo]ur|[Aa]n?|[Tt]he)\s+(?:\w+\s+)?(?:reporter|correspondent|editor|journalist|writer)\b|(?:[Ww]e|I)\s)/u;
const SENTENCES_BACK = 6;

export function englishInterviewee(a: Analysis, beforeToken: number): SpeakerPhrase | null {
  const tokens = a.tokens;
  const s0 = a.sentenceOf[Math.max(0, beforeToken - 1)] as number;
  for (let si = s0; si >= 0 && si > s0 - SENTENCES_BACK; si--) {
    const sentence = a.sentences[si];
    if (!sentence) continue;
    let first = sentence.first;
    while (first <= sentence.last && (tokens[first] as Token).kind === 'newline') first++;
    if (first > sentence.last || first >= beforeToken) continue;
    const from = (tokens[first] as Token).start;
    const to = (tokens[Math.min(sentence.last, beforeToken - 1)] as Token).end;
    const text = a.text.slice(from, to);
    for (const m of text.matchAll(INTERVIEW_WITH)) {
      const k = tokenAt(from + m.index + m[0].length);
      const subject = k < 0 ? null : forwardPhrase(a, k, sentence.last);
      if (subject?.phrase.kind === 'name') return subject.phrase;
      // "Jane Roe teaches economics. In this interview with TOM HALE, she speaks on …": the name introduced before.
      if (subject?.phrase.kind === 'pronoun' && !subject.phrase.plural) {
        const named = introducedBefore(si + 1);
        if (named) return named;
      }
    }
    for (const m of text.matchAll(MEETING)) {
      const objectAt = from + m.index + m[0].length;
      const subjectText = text.slice(0, m.index);
      const objectText = a.text.slice(objectAt, to);
      // "Jane Roe was interviewed by …": the subject answers whoever asked.
      const passive = /^(?:was|were)\s/u.test(m[0]);
      if ((passive || OUTLET_OBJECT.test(objectText)) && !JOURNALIST_SUBJECT.test(subjectText)) {
        const subject = forwardPhrase(a, first, sentence.last);
        if (subject?.phrase.kind === 'name') return subject.phrase;
        // "Jane Roe, 46, runs the centre. She spoke to us …": the name that opens a sentence before.
        if (subject?.phrase.kind === 'pronoun') {
          const named = introducedBefore(si);
          if (named) return named;
        }
      } else if (JOURNALIST_SUBJECT.test(subjectText)) {
        const k = tokenAt(objectAt);
        const object = k < 0 ? null : forwardPhrase(a, k, Math.min(sentence.last, k + 6));
        if (object?.phrase.kind === 'name') return object.phrase;
      }
    }
  }
  return null;

  /** The name opening one of the few sentences before sentence `si` (after a title: "Tipperary captain Cathal Brennan hit …"). */
  function introducedBefore(si: number): SpeakerPhrase | null {
    for (let sj = si - 1; sj >= 0 && sj >= si - SENTENCES_BACK; sj--) {
      const sentence = a.sentences[sj];
      if (!sentence) continue;
      let first = sentence.first;
      while (first <= sentence.last && (tokens[first] as Token).kind === 'newline') first++;
      const opening = first <= sentence.last ? forwardPhrase(a, first, sentence.last) : null;
      const name = opening?.phrase.name;
      // A person's name (two name words or a known given name), not a headline's first word.
      if (name && isPersonName(tokens, tokenIndexAt(tokens, name.start), tokenIndexAt(tokens, name.end) - 1)) return opening.phrase;
    }
    return null;
  }

  function tokenAt(offset: number): number {
    return tokens.findIndex((t) => t.start >= offset);
  }
}
