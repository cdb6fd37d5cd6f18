import type { Analysis, SpeakerPhrase } from '../types';
import { forwardPhrase } from './english';
import { isAppositiveNoise } from './english-asides';

/** The subject after an inverted verb: "…,” said Olaf Berger, a German government spokesman." */
export function parseEnglishSubjectAfter(a: Analysis, verb: number, ceiling: number): { phrase: SpeakerPhrase; last: number } | null {
  const found = forwardPhrase(a, verb + 1, ceiling);
  if (!found) return null;
  const { phrase } = found;
  let last = found.last;
  // ", a German government spokesman," after the name.
  if (phrase.kind === 'name' && a.tokens[last + 1]?.text === ',') {
    let close = last + 2;
    while (close <= ceiling && a.tokens[close]?.text !== ',' && !/^[.;:]$/.test(a.tokens[close]?.text ?? '')) close++;
    if (!isAppositiveNoise(a, last + 2, close - 1)) {
      const app = forwardPhrase(a, last + 2, close - 1);
      if (app && app.phrase.kind === 'role' && app.last === close - 1) {
        return {
          phrase: { ...phrase, role: app.phrase.role, gender: phrase.gender === 'unknown' ? app.phrase.gender : phrase.gender },
          last: app.last,
        };
      }
    }
  }
  return { phrase, last };
}
