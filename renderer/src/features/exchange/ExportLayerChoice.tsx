import { useEffect } from 'react';
import { useExchange } from './exchange.store';
import { useT } from '../../ui/i18n/I18n';

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
  const t = useT();
  useEffect(() => {
    if (documentId) void loadLayerOwners(documentId);
  }, [documentId, loadLayerOwners]);
  const others = owners.filter((o) => !o.mine);
  const isOther = !['mine', 'curated', 'all'].includes(props.layer);
  return (
    <fieldset disabled={props.disabled}>
      <legend>{t('exchange.layer.legend')}</legend>
      <label className="choice">
        <input type="radio" name="layer" checked={props.layer === 'mine'} onChange={() => props.onChange('mine')} />
        <span>{t('exchange.layer.mine')}</span>
      </label>
      <label className="choice">
        <input type="radio" name="layer" checked={props.layer === 'curated'} onChange={() => props.onChange('curated')} />
        <span>
          {t('exchange.layer.curated')} <span className="hint">{t('exchange.layer.curatedHint')}</span>
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
          {t('exchange.layer.colleague')}{' '}
          <select
            aria-label={t('exchange.layer.colleagueLabel')}
            value={isOther ? props.layer : ''}
            disabled={others.length === 0}
            onChange={(e) => props.onChange(e.target.value)}
          >
            {!isOther && <option value="">{others.length === 0 ? t('exchange.layer.none') : t('exchange.layer.choose')}</option>}
            {others.map((o) => (
              <option key={o.id} value={o.id} data-user-content="">
                {o.name}
              </option>
            ))}
          </select>
        </span>
      </label>
      <label className="choice">
        <input type="radio" name="layer" checked={props.layer === 'all'} onChange={() => props.onChange('all')} />
        <span>
          {t('exchange.layer.all')} <span className="hint">{t('exchange.layer.allHint')}</span>
        </span>
      </label>
    </fieldset>
  );
}
