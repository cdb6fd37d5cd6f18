import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../ui/i18n/I18n';

export interface ToolbarMenuItem {
  label: string;
  onSelect: () => void;
  /** Shown beside the label; the shortcut itself is bound where the action lives (useShortcut). */
  shortcut?: string;
  /** Listed only where the window is narrow, when its own button (`wideOnly`) is not on the bar. */
  narrowOnly?: boolean;
  pressed?: boolean;
}

/**
 * The top bar's More menu: the actions used less often, so the bar stays one row at 1280 px
 * in either language. A menu button as ARIA describes it: Enter, Space or ↓ opens it on the
 * first item, ↑ on the last; ↑ ↓ Home End move, Enter runs, Escape closes back to the button,
 * Tab leaves it. Every shortcut keeps working with the menu closed.
 */
export function ToolbarMenu({ items }: { items: ToolbarMenuItem[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const focusAt = useRef<'first' | 'last'>('first');

  const entries = () =>
    [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])].filter((e) => e.offsetParent !== null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const list = entries();
    (focusAt.current === 'first' ? list[0] : list.at(-1))?.focus();
    // A press anywhere else closes it, as a menu does.
    const away = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const openAt = (where: 'first' | 'last') => {
    focusAt.current = where;
    setOpen(true);
  };
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const list = entries();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => {
      event.preventDefault();
      list[(index + list.length) % list.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') setOpen(false);
  };

  return (
    <div className="toolbar-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKey}
      >
        {t('app.toolbar.more')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={menu} id={menuId} role="menu" aria-label={t('app.toolbar.moreLabel')} className="toolbar-menu-list" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.label} role="none" className={item.narrowOnly ? 'menu-narrow-only' : undefined}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-keyshortcuts={item.shortcut?.replace('Ctrl', 'Control')}
                aria-current={item.pressed ? 'page' : undefined}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                <span>{item.label}</span>
                {item.shortcut && (
                  <kbd dir="ltr" aria-hidden="true">
                    {item.shortcut}
                  </kbd>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
