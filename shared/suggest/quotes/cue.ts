import type { Cue, Range } from '../types';

/** What a rule found about a cue, beyond where it is. */
export type CueFields = Pick<Cue, 'mode' | 'content' | 'subject' | 'implicit' | 'continuation'> &
  Partial<Pick<Cue, 'searchFrom' | 'cuePrep' | 'weak' | 'quoteOnly'>>;

/**
 * A cue as one object literal of one shape. Built as `{ ...base(), mode, … }`, each cue was
 * copied property by property into a slow dictionary object (about 2.5 KB, where this is a
 * tenth of it) that the later rules then read again and again.
 */
export function newCue(
  lang: Cue['lang'],
  cue: Range,
  at: number,
  fields: CueFields,
  /** The verb's manner (English cues take it from their verb); else the fields'. */
  manner: Pick<CueFields, 'weak' | 'quoteOnly'> = fields,
): Cue {
  const made: Cue = {
    lang,
    cue,
    at,
    according: false,
    weak: manner.weak ?? false,
    quoteOnly: manner.quoteOnly ?? false,
    mode: fields.mode,
    content: fields.content,
    searchFrom: fields.searchFrom,
    subject: fields.subject,
    implicit: fields.implicit,
    continuation: fields.continuation,
  };
  if (fields.cuePrep) made.cuePrep = fields.cuePrep;
  return made;
}
