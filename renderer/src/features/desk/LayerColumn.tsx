import type { Annotation } from '../../../../shared/domain/annotation';
import { TYPE_LABEL, TYPE_MARK, VERDICT_LABEL } from '../../ui/labels';
import { T, UserText, useT, useTranslator } from '../../ui/i18n/I18n';
import { excerpt } from '../document/cards.logic';
import { useDocument } from '../document/document.store';
import { useDesk } from './desk.store';
import { layerStyles } from './layer-style.logic';

/**
 * Colleagues' layers beside mine, read-only: one column of cards per layer shown, each card
 * tagged with the annotator's letter and name (and their colour and line pattern). Clicking
 * a card shows its place in the text.
 */
export function LayerColumn() {
  const layers = useDocument((s) => s.layers);
  const shown = useDesk((s) => s.shownLayers);
  const list = useDesk((s) => s.layerList);
  const visible = shown.filter((id) => layers[id]);
  const tr = useTranslator();
  const { t } = tr;
  if (visible.length === 0) return null;
  const styles = layerStyles(list?.layers.filter((l) => !l.mine).map((l) => l.annotator.id) ?? []);
  return (
    <aside className="layer-column" aria-label={t('desk.layers.column')}>
      {visible.map((id) => {
        const layer = layers[id];
        const style = styles[id];
        if (!layer) return null;
        return (
          <section key={id} className={`layer-list layer-slot-${style?.slot ?? 0}`} aria-labelledby={`layer-name-${id}`}>
            {/* Named "Layla's layer" for screen readers; the heading shows the letter and the count. */}
            <span id={`layer-name-${id}`} className="visually-hidden">
              <T id="desk.conflicts.layer" values={{ name: <UserText>{layer.label}</UserText> }} />
            </span>
            <h3>
              <span className="layer-letter" aria-hidden="true" translate="no">
                {style?.letter}
              </span>{' '}
              <bdi dir="auto" data-user-content="">
                {layer.label}
              </bdi>{' '}
              <span className="hint">{t('desk.layers.readOnly', { count: layer.annotations.length })}</span>
            </h3>
            {layer.annotations.length === 0 && <p className="hint">{t('desk.layers.none')}</p>}
            {layer.annotations.map((a) => (
              <LayerCard key={a.id} annotation={a} letter={style?.letter ?? ''} who={layer.label} />
            ))}
          </section>
        );
      })}
    </aside>
  );
}

function LayerCard({ annotation: a, letter, who }: { annotation: Annotation; letter: string; who: string }) {
  const status = a.verdict.status;
  const t = useT();
  return (
    <button
      type="button"
      className={`layer-card card-${a.type}`}
      onClick={() => useDocument.getState().revealRange(a.start, a.end)}
      aria-labelledby={`layer-card-${a.id}`}
    >
      <span id={`layer-card-${a.id}`} className="visually-hidden">
        <UserText>{who}</UserText>: {t(TYPE_LABEL[a.type])}: <UserText>{excerpt(a.text, 60)}</UserText>
      </span>
      <span className="card-head">
        <span className="layer-letter" aria-hidden="true" translate="no">
          {letter}
        </span>
        <span className={`type-badge badge-${a.type}`}>
          <span aria-hidden="true">{TYPE_MARK[a.type]}</span> {t(TYPE_LABEL[a.type])}
        </span>
        {status !== 'unchecked' && <span className={`verdict-badge verdict-${status}`}>{t(VERDICT_LABEL[status])}</span>}
      </span>
      <span className="card-text" dir="auto" data-user-content="">
        {excerpt(a.text)}
      </span>
    </button>
  );
}
