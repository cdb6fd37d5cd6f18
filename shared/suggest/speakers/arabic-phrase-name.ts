/**
 * Reading on inside a name in an Arabic speaker's phrase (عبد الله بن سعيد الفلاني): which words are more
 * of the name (particles and what follows them, family names with the article, compound given names) and
 * which one ends it (a glued preposition, a title, the verb's object after an earlier speaker's surname).
 */
import { AR_GIVEN_NAMES, AR_NAME_PARTICLES, AR_RELATIVES } from '../lexicon/ar';
import type { Token } from '../tokens';
import { isStatementEvent, NOUNS_AFTER_ALA } from './arabic-names';
import {
  NAME_HONORIFICS,
  gluedPrepositionPhrase,
  STATEMENT_EVENTS,
  isTitle,
  isInstitution,
  isDefinite,
  isStop,
  isRecipient,
  mannerAfterName,
} from './arabic-words';
import { VERBAL_NOUN } from './arabic-shapes';
import type { PhraseSpan, PhraseStep } from './arabic-phrase-state';

/**
 * Reads word `k` (`w`, Arabic) after the name `name` (extended in place when `w` is more of it).
 * `stop` says whether `w` is a stop word here (علي before a name is none).
 */
export function continueName(p: PhraseSpan, k: number, name: [number, number], w: string, stop: boolean): PhraseStep {
  const { tokens, to, known } = p;
  // The word after عبد / أبو / بن is always part of the name (عبد الأمير، أبو مازن).
  const afterParticle = AR_NAME_PARTICLES.has((tokens[k - 1] as Token).text) && k - 1 >= name[0];
  if (!afterParticle) {
    // Inside a name only ل and بال open a phrase: a family name may begin with ب (بركات، بابكر).
    // "توجه عبد الله بسؤال إلى …": ب before a common noun (سؤال، طلب) opens a phrase too.
    // A foreign family name may begin with ل (جان إيف لودريان، سيرغي لافروف): right before the reported clause, after
    // a name word, a ل-word is the name's end unless what it governs is a body, post or statement.
    const foreignEnd =
      k === to && !w.startsWith('لل') && !isInstitution(w.slice(1)) && !isTitle(w.slice(1)) && !isStatementEvent(w.slice(1));
    const lamPhrase = w.startsWith('ل') && !foreignEnd;
    const phrase =
      (gluedPrepositionPhrase(w, known) && (lamPhrase || w.startsWith('بال'))) ||
      (w.startsWith('ب') && (NOUNS_AFTER_ALA.has(w.slice(1)) || isStatementEvent(w.slice(1)))) ||
      // "طالب سعيد منصور بتعويض": ب before a verbal noun (no name of its own) is what the verb asks for.
      (w.startsWith('ب') && !w.startsWith('بال') && VERBAL_NOUN.test(w.slice(1)) && !known.has(w) && !AR_GIVEN_NAMES.has(w));
    if (stop || isRecipient(w) || STATEMENT_EVENTS.has(w) || AR_RELATIVES.has(w) || phrase || mannerAfterName(w, known)) return 'stop';
    // A title right after a name ends it (… وزير الاقتصاد), but a definite one is a family name
    // (يوسف الشاعر، محمد السيد).
    // أمين، باسم are titles and given names: inside a name, followed by more of it (محمد أمين الفلاني), a name.
    const nameAfter = tokens[k + 1]?.kind === 'word' && k + 1 <= to && !isStop((tokens[k + 1] as Token).text);
    const givenInside =
      AR_GIVEN_NAMES.has(w) && nameAfter && !isTitle((tokens[k + 1] as Token).text) && !isInstitution((tokens[k + 1] as Token).text);
    // (حاج، شيخ without the article, between a name word and a given name, are part of a family name: سمير حاج حسين.)
    const familyHonorific = NAME_HONORIFICS.has(`ال${w}`) && AR_GIVEN_NAMES.has(tokens[k + 1]?.text ?? '') && k + 1 <= to;
    if (isInstitution(w) || (isTitle(w) && !isDefinite(w) && !givenInside && !familyHonorific)) return 'stop';
    if (name[1] - name[0] >= 4) return 'stop';
    // "وطالب عباس المجتمعَ الدولي": an earlier speaker's surname on its own is the whole later mention.
    const lone = (tokens[name[0]] as Token).text;
    if (name[0] === name[1] && known.has(lone) && isDefinite(w)) return 'stop';
    // "وانتقد الجبالي قرار الحكم": after a known surname that is no given name, a word that is
    // no part of a name (no given name, particle or known surname) starts the verb's object.
    const namePart = AR_GIVEN_NAMES.has(w) || AR_NAME_PARTICLES.has(w) || known.has(w);
    if (name[0] === name[1] && known.has(lone) && !AR_GIVEN_NAMES.has(lone) && !namePart && tokens[k - 1] === tokens[name[0]])
      return 'stop';
  }
  name[1] = k;
  return 'next';
}
