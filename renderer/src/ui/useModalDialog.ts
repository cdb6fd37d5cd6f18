import { type RefObject, useEffect, useRef } from 'react';

/**
 * A `<dialog>` shown modal for as long as its component is mounted: the browser traps the
 * focus in it and turns Escape into its `cancel` event; unmounting closes it, which hands
 * the focus back to where it was.
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    el?.showModal();
    return () => el?.close();
  }, []);
  return dialog;
}
