import { Fragment } from 'react';

/**
 * "indirect · — الوزير · cue وقال", "75 عاماً · duration": each part of a joined line in
 * its own <bdi>, so an Arabic part beside a Latin label (or digits beside Arabic) keeps its
 * reading order instead of being reordered with its neighbours ("years 75").
 */
export function IsolatedParts({ text, separator = ' · ' }: { text: string; separator?: string }) {
  return (
    <>
      {text.split(separator).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && separator}
          <bdi>{part}</bdi>
        </Fragment>
      ))}
    </>
  );
}
