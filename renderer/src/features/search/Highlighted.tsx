import type { Snippet } from '../../../../shared/search/match';

/** A snippet with its hit marked; the text keeps its own direction. */
export function Highlighted({ snippet }: { snippet: Pick<Snippet, 'before' | 'match' | 'after'> }) {
  return (
    <span className="snippet" dir="auto" data-user-content="">
      {snippet.before}
      <mark>{snippet.match}</mark>
      {snippet.after}
    </span>
  );
}
