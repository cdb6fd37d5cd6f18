import { useT } from '../../ui/i18n/I18n';
import { useDesk } from './desk.store';

/**
 * Which two annotators' layers the adjudication compares, when a document has more than two.
 * Choosing the one already on the other side swaps them. Reached with Tab, or P in the view.
 */
export function PairPicker(props: { documentId: string; pair: [string, string]; people: string[]; who: (id: string) => string }) {
  const { documentId, pair, people, who } = props;
  const t = useT();
  const choose = (slot: 0 | 1, id: string) => {
    const next: [string, string] = [...pair];
    const other = slot === 0 ? 1 : 0;
    if (next[other] === id) next[other] = next[slot];
    next[slot] = id;
    void useDesk.getState().openAdjudication(documentId, next);
  };
  return (
    <span className="adjudication-pair pair-picker" role="group" aria-label={t('desk.adjudication.pair')}>
      {([0, 1] as const).map((slot) => (
        <label key={slot}>
          <span className={`layer-letter layer-slot-${slot}`}>{slot === 0 ? 'A' : 'B'}</span>{' '}
          <select
            aria-label={t('desk.adjudication.annotator', { slot: slot === 0 ? 'a' : 'b' })}
            dir="auto"
            value={pair[slot]}
            onChange={(e) => choose(slot, e.target.value)}
          >
            {people.map((id) => (
              <option key={id} value={id} data-user-content="">
                {who(id)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </span>
  );
}
