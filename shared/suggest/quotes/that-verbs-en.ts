import type { Analysis, Cue, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';
import { parseEnglishSubjectBefore } from '../speakers/english';
import { clauseEnd } from './clause';
import { cueBase } from './cue-shape';

/**
 * Reporting verbs that report only with "that": "X pointed out that …", "the Speaker ruled that
 * …". Without "that" they do other things ("pointed out the house", "ruled the club"), so only
 * the complementizer makes them cues; the subject is read as for any English cue.
 */
const POINT = new Set(['pointed', 'points', 'point']);
const RULE = new Set(['ruled', 'rules']);

export function findThatVerbCues(a: Analysis, taken: readonly Cue[], onSubject: (s: SpeakerPhrase) => void): Cue[] {
  const tokens = a.tokens;
  const cues: Cue[] = [];
  const used = new Set(taken.map((c) => c.at));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || t.capitalized || used.has(i)) continue;
    let that = -1;
    if (POINT.has(t.lower) && tokens[i + 1]?.lower === 'out' && tokens[i + 2]?.lower === 'that') that = i + 2;
    else if (RULE.has(t.lower) && tokens[i + 1]?.lower === 'that') that = i + 1;
    if (that < 0) continue;
    const sentence = a.sentences[a.sentenceOf[i] as number];
    if (!sentence) continue;
    const subject = parseEnglishSubjectBefore(a, i, sentence.first);
    const content = subject ? clauseEnd(a, that + 1) : null;
    if (!subject || !content) continue;
    if (subject.kind !== 'pronoun') onSubject(subject);
    const end = t.lower.startsWith('point') ? (tokens[i + 1] as Token).end : t.end;
    cues.push({
      ...cueBase('en', { start: t.start, end }, i, false, false),
      mode: 'clause',
      content,
      subject: subject.kind === 'pronoun' ? null : subject,
      implicit: subject.kind === 'pronoun' ? { plural: subject.plural, gender: subject.gender } : null,
      continuation: false,
    });
  }
  return cues;
}
