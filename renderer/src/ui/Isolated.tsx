import { Fragment } from 'react';

/** A part of a joined line; `user` marks the journalist's own words (a name, a note) as theirs. */
export type IsolatedPart = string | { text: string; user?: boolean };

/**
 * "indirect · — الوزير · cue وقال", "75 عاماً · duration": each part of a joined line in
 * its own <bdi>, so an Arabic part beside a Latin label (or digits beside Arabic) keeps its
 * reading order instead of being reordered with its neighbours ("years 75").
 */
export function IsolatedParts({ parts, separator = ' · ' }: { parts: readonly IsolatedPart[]; separator?: string }) {
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && separator}
          {typeof part === 'string' ? <bdi>{part}</bdi> : part.user ? <bdi data-user-content="">{part.text}</bdi> : <bdi>{part.text}</bdi>}
        </Fragment>
      ))}
    </>
  );
}
