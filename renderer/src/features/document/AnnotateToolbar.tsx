import { ANNOTATION_TYPES } from '../../../../shared/domain/annotation';
import { TYPE_KEY, TYPE_LABEL, TYPE_MARK } from '../../ui/labels';
import { useDocument } from './document.store';
import { ListToggle } from './ListDrawer';
import { T, useT } from '../../ui/i18n/I18n';

const MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const MOD = MAC ? '⌘' : 'Ctrl+';

/** Quote / Speaker / Figure for the selected text, undo/redo of annotation changes, and (narrow window) the list's toggle. */
export function AnnotateToolbar() {
  const hasSelection = useDocument((s) => s.textSelection !== null);
  const undoLabel = useDocument((s) => s.undoLabel);
  const redoLabel = useDocument((s) => s.redoLabel);
  const pending = useDocument((s) => s.pendingSpeakerFor);
  const finding = useDocument((s) => s.suggest.status === 'loading');
  const { markSelection, suggestAndReview, setPendingSpeaker, undo, redo } = useDocument.getState();
  const t = useT();
  return (
    <div className="annotate-toolbar" role="toolbar" aria-label={t('document.toolbar.label')}>
      {ANNOTATION_TYPES.map((type) => (
        <button
          key={type}
          type="button"
          className={`mark-button mark-${type}`}
          aria-label={t(TYPE_LABEL[type])}
          title={t('document.toolbar.markTitle', { type: t(TYPE_LABEL[type]), key: TYPE_KEY[type] })}
          aria-keyshortcuts={TYPE_KEY[type]}
          disabled={!hasSelection}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => markSelection(type)}
        >
          <span aria-hidden="true" className="type-mark">
            {TYPE_MARK[type]}
          </span>
          {t(TYPE_LABEL[type])}
          <kbd aria-hidden="true">{TYPE_KEY[type]}</kbd>
        </button>
      ))}
      <button
        type="button"
        className="suggest-button"
        title={t('document.toolbar.suggestTitle')}
        aria-keyshortcuts="G"
        aria-busy={finding}
        disabled={finding}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => suggestAndReview()}
      >
        <span aria-hidden="true" className="type-mark">
          ✧
        </span>
        {t('document.toolbar.suggest')}
        <kbd aria-hidden="true">G</kbd>
      </button>
      <span className="toolbar-gap" />
      {pending && (
        <span className="pending-hint" role="status">
          <T id="document.toolbar.pendingSpeaker" values={{ kbd: (parts) => <kbd>{parts}</kbd> }} />
          <button type="button" onClick={() => setPendingSpeaker(null)}>
            {t('document.toolbar.cancel')}
          </button>
        </span>
      )}
      {/* One piece, so a bar that wraps (a narrow window) never parts Undo from Redo. */}
      <span className="history-buttons">
        <button
          type="button"
          aria-label={t('document.toolbar.undo')}
          title={
            undoLabel ? t('document.toolbar.undoTitle', { action: undoLabel, shortcut: `${MOD}Z` }) : t('document.toolbar.nothingToUndo')
          }
          aria-keyshortcuts="Control+Z"
          disabled={!undoLabel}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => undo()}
        >
          ↶ <span className="toolbar-word">{t('document.toolbar.undo')}</span>
        </button>
        <button
          type="button"
          aria-label={t('document.toolbar.redo')}
          title={
            redoLabel
              ? t('document.toolbar.redoTitle', { action: redoLabel, shortcut: `${MOD}Shift+Z` })
              : t('document.toolbar.nothingToRedo')
          }
          aria-keyshortcuts="Control+Shift+Z"
          disabled={!redoLabel}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => redo()}
        >
          ↷ <span className="toolbar-word">{t('document.toolbar.redo')}</span>
        </button>
      </span>
      <ListToggle />
    </div>
  );
}
