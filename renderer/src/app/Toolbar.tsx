import { type ReactNode, useEffect } from 'react';
import { isEditable } from '../ui/keys';
import { useT } from '../ui/i18n/I18n';
import './toolbar.css';

/** The window's top bar. Features add their buttons (Import…, Export…, Search…) as children. */
export function Toolbar({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <header className="toolbar" role="toolbar" aria-label={t('app.toolbar.label')}>
      {/* The name in both scripts whatever the language: it is the brand, not a sentence. */}
      <h1 className="brand" translate="no">
        Isnad <span lang="ar">إسناد</span>
      </h1>
      <div className="toolbar-actions">{children}</div>
    </header>
  );
}

function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.toLowerCase().split('+');
  const key = parts.at(-1);
  const ctrl = parts.includes('ctrl');
  return (
    event.key.toLowerCase() === key &&
    (event.ctrlKey || event.metaKey) === ctrl &&
    event.shiftKey === parts.includes('shift') &&
    event.altKey === parts.includes('alt')
  );
}

/**
 * Binds `shortcut` (e.g. "Ctrl+Shift+V"; Ctrl means Cmd on macOS) to the whole window, for as
 * long as the caller is mounted: whether its button is on the bar or in the More menu.
 */
export function useShortcut(shortcut: string | undefined, action: () => void, disabled?: boolean): void {
  useEffect(() => {
    if (!shortcut || disabled) return;
    const listener = (event: KeyboardEvent) => {
      // Typing in a field keeps its own meaning for every key (Ctrl+Shift+V pastes as text there).
      if (isEditable(event.target)) return;
      if (matchesShortcut(event, shortcut)) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [shortcut, action, disabled]);
}

export function ToolbarButton(props: {
  label: string;
  onClick: () => void;
  /** e.g. "Ctrl+Shift+V"; Ctrl means Cmd on macOS. Shown in the tooltip and bound globally. */
  shortcut?: string;
  primary?: boolean;
  disabled?: boolean;
  /** For buttons that show a view: whether that view is on screen. */
  pressed?: boolean;
  /** Shown only where the window is wide; narrower, the More menu holds it (ToolbarMenu's `narrowOnly`). */
  wideOnly?: boolean;
}) {
  const { shortcut, onClick, disabled } = props;
  const t = useT();
  useShortcut(shortcut, onClick, disabled);
  return (
    <button
      type="button"
      className={[props.primary ? 'primary' : '', props.wideOnly ? 'toolbar-wide-only' : ''].filter(Boolean).join(' ') || undefined}
      title={shortcut ? t('app.toolbar.shortcutTitle', { label: props.label, shortcut }) : props.label}
      aria-keyshortcuts={shortcut?.replace('Ctrl', 'Control')}
      disabled={disabled}
      aria-pressed={props.pressed}
      onClick={onClick}
    >
      {props.label}
    </button>
  );
}
