import { useEffect } from 'react';
import { useExchange } from './exchange.store';

/**
 * Whose annotations to export: mine, the curated layer (adjudication), one colleague's, or
 * all of them with an annotator column.
 */
export function ExportLayerChoice(props: {
  layer: string;
  onChange: (layer: string) => void;
  documentId: string | null;
  disabled: boolean;
}) {
  const owners = useExchange((s) => s.layerOwners);
  const { loadLayerOwners } = useExchange.getState();
  const { documentId } = props;
  useEffect(() => {
    if (documentId) void loadLayerOwners(documentId);
  }, [documentId, loadLayerOwners]);
  const others = owners.filter((o) => !o.mine);
  const isOther = !['mine', 'curated', 'all'].includes(props.layer);
  return (
    <fieldset disabled={props.disabled}>
      <legend>Whose annotations</legend>
      <label className="choice">
        <input type="radio" name="layer" checked={props.layer === 'mine'} onChange={() => props.onChange('mine')} />
        <span>Mine</span>
      </label>
      <label className="choice">
        <input type="radio" name="layer" checked={props.layer === 'curated'} onChange={() => props.onChange('curated')} />
        <span>
          Curated <span className="hint">— the editor’s choices from adjudication</span>
        </span>
      </label>
      <label className="choice">
        <input
          type="radio"
          name="layer"
          checked={isOther}
          disabled={others.length === 0}
          onChange={() => others[0] && props.onChange(others[0].id)}
        />
        <span>
          One colleague’s{' '}
          <select
            aria-label="Colleague"
            value={isOther ? props.layer : ''}
            disabled={others.length === 0}
            onChange={(e) => props.onChange(e.target.value)}
          >
            {!isOther && <option value="">{others.length === 0 ? '(none on this document)' : 'choose…'}</option>}
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </span>
      </label>
      <label className="choice">
        <input type="radio" name="layer" checked={props.layer === 'all'} onChange={() => props.onChange('all')} />
        <span>
          Everyone’s <span className="hint">— every layer, with an annotator column</span>
        </span>
      </label>
    </fieldset>
  );
}
