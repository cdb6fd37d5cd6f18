import type { Token } from '../tokens';

/**
 * "clocking 30:14.62", "a standard of 27:00.00", "1:45.30 in the 800m": a time in minutes and
 * seconds with hundredths is a race time, a duration (the writers mark it, in seconds), never a clock
 * time, which has no fraction of a second. A time of day with seconds (14:20:11) stays a clock time.
 */
export function raceTime(tokens: Token[], i: number): { last: number; seconds: number } | null {
  const [m, colon, s] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!m || !colon || !s || m.kind !== 'number' || s.kind !== 'number' || colon.text !== ':') return null;
  if (colon.start !== m.end || s.start !== colon.end || !/^\d{1,2}$/.test(m.text)) return null;
  const sec = /^([0-5]\d)\.(\d{1,3})$/.exec(s.text);
  if (!sec) return null;
  // Part of a longer group (1:02:03.4) or a reference is left alone.
  if (tokens[i - 1]?.text === ':' || tokens[i + 3]?.text === ':') return null;
  const seconds = Math.round((Number(m.text) * 60 + Number(s.text)) * 1000) / 1000;
  return { last: i + 2, seconds };
}
