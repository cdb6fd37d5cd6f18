import { ANNOTATION_TYPES } from '../../../../shared/domain/annotation';
import { TYPE_KEY, TYPE_LABEL, TYPE_MARK } from '../../ui/labels';
import { useDocument } from './document.store';

const MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const MOD = MAC ? '⌘' : 'Ctrl+';

/** Quote / Speaker / Figure for the selected text, and undo/redo of annotation changes. */
export function AnnotateToolbar() {
  const hasSelection = useDocument((s) => s.textSelection !== null);
  const undoLabel = useDocument((s) => s.undoLabel);
  const redoLabel = useDocument((s) => s.redoLabel);
  const pending = useDocument((s) => s.pendingSpeakerFor);
  const finding = useDocument((s) => s.suggest.status === 'loading');
  const { markSelection, suggestAndReview, setPendingSpeaker, undo, redo } = useDocument.getState();
  return (
    <div className="annotate-toolbar" role="toolbar" aria-label="Annotate">
      {ANNOTATION_TYPES.map((type) => (
        <button
          key={type}
          type="button"
          className={`mark-button mark-${type}`}
          aria-label={TYPE_LABEL[type]}
          title={`Mark the selected text as a ${type} (${TYPE_KEY[type]})`}
          aria-keyshortcuts={TYPE_KEY[type]}
          disabled={!hasSelection}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => markSelection(type)}
        >
          <span aria-hidden="true" className="type-mark">
            {TYPE_MARK[type]}
          </span>
          {TYPE_LABEL[type]}
          <kbd aria-hidden="true">{TYPE_KEY[type]}</kbd>
        </button>
      ))}
      <button
        type="button"
        className="suggest-button"
        title="Suggest quotes, speakers and figures, then review them from the selection on (G)"
        aria-keyshortcuts="G"
        aria-busy={finding}
        disabled={finding}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => suggestAndReview()}
      >
        <span aria-hidden="true" className="type-mark">
          ✧
        </span>
        Suggest
        <kbd aria-hidden="true">G</kbd>
      </button>
      <span className="toolbar-gap" />
      {pending && (
        <span className="pending-hint" role="status">
          Marking the quote’s speaker: select the name, press <kbd>S</kbd>
          <button type="button" onClick={() => setPendingSpeaker(null)}>
            Cancel
          </button>
        </span>
      )}
      <button
        type="button"
        aria-label="Undo"
        title={undoLabel ? `Undo ${undoLabel} (${MOD}Z)` : 'Nothing to undo'}
        aria-keyshortcuts="Control+Z"
        disabled={!undoLabel}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => undo()}
      >
        ↶ Undo
      </button>
      <button
        type="button"
        aria-label="Redo"
        title={redoLabel ? `Redo ${redoLabel} (${MOD}Shift+Z)` : 'Nothing to redo'}
        aria-keyshortcuts="Control+Shift+Z"
        disabled={!redoLabel}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => redo()}
      >
        ↷ Redo
      </button>
    </div>
  );
}
