/**
 * What the Arabic speaker-phrase reader (arabic.ts) carries from word to word: whether it is still at
 * the first word, inside a role or inside a name, and the spans read so far. Its own module so the
 * reader's steps (arabic-phrase-start/role/name.ts) can share it without importing the reader back.
 */
import type { Analysis } from '../types';
import type { Token } from '../tokens';

/** The phrase being read: token `from` up to `to` (inclusive), with the surnames of earlier speakers. */
export interface PhraseSpan {
  a: Analysis;
  tokens: Token[];
  from: number;
  to: number;
  /** Surnames of earlier speakers (KnownNames in arabic.ts). */
  known: Set<string>;
  /** After وفقاً: the first word may carry a glued ل (لوزارة الصحة). */
  glued: boolean;
}

/** Where the reader is, and what it has read so far. Steps update it in place. */
export interface PhraseReading {
  k: number;
  mode: 'start' | 'role' | 'name';
  role: [number, number] | null;
  name: [number, number] | null;
  /** The role's last word had the article (a definite word after it may start the name). */
  lastDefinite: boolean;
  /** The next word is the object of a preposition glued to the role (باسم، في، عن). */
  glue: boolean;
  /** باسم was taken once already (a second one is a given name). */
  usedBism: boolean;
  /** The role's head has no article (مصدر، عامل): someone unnamed. */
  headIndefinite: boolean;
}

/** What a step decides about the word it read: go on to the next word, or the phrase ends before it. */
export type PhraseStep = 'next' | 'stop';
