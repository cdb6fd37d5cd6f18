import { useEffectAfterPaint } from '../../ui/after-paint';
import { useNavigation } from '../../app/navigation';
import { useDocument } from '../document/document.store';
import { useDesk } from './desk.store';
import { layerStyles } from './layer-style.logic';
import { useTranslator } from '../../ui/i18n/I18n';

/**
 * The layers on the open document: mine (edited) and, to show beside it read-only, each
 * colleague's and the curated one, each with its letter, colour and line pattern.
 */
export function LayerPicker() {
  const documentId = useDocument((s) => s.documentId);
  const list = useDesk((s) => s.layerList);
  const shown = useDesk((s) => s.shownLayers);
  const { refreshShownLayers, toggleLayer, openAdjudication } = useDesk.getState();
  const showView = useNavigation((s) => s.showView);
  const tr = useTranslator();
  const { t } = tr;

  useEffectAfterPaint(() => {
    if (documentId) void refreshShownLayers(documentId);
  }, [documentId, refreshShownLayers]);

  if (!documentId) return null;
  const mineChip = (name: string | undefined) => (
    <span className="layer-chip layer-mine" title={t('desk.layers.mineTitle')} style={name ? undefined : { visibility: 'hidden' }}>
      ✎{' '}
      <bdi dir="auto" data-user-content="">
        {name}
      </bdi>{' '}
      {t('desk.layers.you')}
    </span>
  );
  if (!list || list.documentId !== documentId) {
    // The row stands from the document's first paint, as high as when its layers are in:
    // appearing after their round trip, it pushed the text down under a hand about to select it.
    return (
      <div className="layer-picker" role="group" aria-label={t('desk.layers.label')} aria-busy="true">
        <span className="layer-picker-label">{t('desk.layers.labelColon')}</span>
        {/* Held hidden: it keeps the row's height, and would vanish if I have no layer here yet. */}
        {mineChip(undefined)}
      </div>
    );
  }
  const mine = list.layers.find((l) => l.mine);
  const others = list.layers.filter((l) => !l.mine);
  const styles = layerStyles(others.map((l) => l.annotator.id));
  const people = list.layers.filter((l) => !l.curated).length;
  return (
    <div className="layer-picker" role="group" aria-label={t('desk.layers.label')}>
      <span className="layer-picker-label">{t('desk.layers.labelColon')}</span>
      {mine && mineChip(mine.annotator.name)}
      {others.length === 0 && <span className="hint">{t('desk.layers.noColleague')}</span>}
      {others.map((l) => {
        const style = styles[l.annotator.id];
        const total = l.counts.quote + l.counts.speaker + l.counts.figure;
        return (
          <label
            key={l.annotator.id}
            className={`layer-chip layer-slot-${style?.slot ?? 0}`}
            title={t('desk.layers.pattern', { slot: String(style?.slot ?? 0) })}
          >
            <input type="checkbox" checked={shown.includes(l.annotator.id)} onChange={() => void toggleLayer(documentId, l.annotator.id)} />
            <span className="layer-letter" aria-hidden="true" translate="no">
              {style?.letter}
            </span>
            {l.curated ? (
              <bdi>{t('exchange.layer.curated')}</bdi>
            ) : (
              <bdi dir="auto" data-user-content="">
                {l.annotator.name}
              </bdi>
            )}
            <span className="hint"> ({tr.number(total)})</span>
          </label>
        );
      })}
      {people >= 2 && (
        <button
          type="button"
          className="layer-adjudicate"
          onClick={() => {
            void openAdjudication(documentId);
            showView('adjudication');
          }}
        >
          {t('desk.layers.adjudicate')}
        </button>
      )}
    </div>
  );
}
