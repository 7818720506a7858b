import { useCallback, useEffect, useRef } from 'react';

/**
 * A `<details>` drop-down menu that behaves like one: opening it closes any other open menu, Escape
 * closes it and puts focus back on its summary, and a press anywhere outside it closes it.
 */
export function useMenu(): {
  readonly ref: React.RefObject<HTMLDetailsElement | null>;
  /** Closes the menu (after one of its actions). */
  readonly close: () => void;
} {
  const ref = useRef<HTMLDetailsElement>(null);
  const close = useCallback(() => {
    if (ref.current !== null) ref.current.open = false;
  }, []);
  useEffect(() => {
    const menu = ref.current;
    if (menu === null) return;
    const close = (refocus: boolean): void => {
      if (!menu.open) return;
      menu.open = false;
      if (refocus) menu.querySelector('summary')?.focus();
    };
    const onToggle = (): void => {
      if (!menu.open) return;
      for (const other of document.querySelectorAll<HTMLDetailsElement>('details.menu[open]'))
        if (other !== menu) other.open = false;
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || !menu.open || e.defaultPrevented) return;
      // An Escape meant for something open inside the menu (a dialog) is not the menu's.
      if (document.querySelector('dialog[open]') !== null) return;
      e.preventDefault();
      e.stopPropagation();
      close(true);
    };
    const onPointer = (e: PointerEvent): void => {
      if (menu.open && e.target instanceof Node && !menu.contains(e.target)) close(false);
    };
    menu.addEventListener('toggle', onToggle);
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      menu.removeEventListener('toggle', onToggle);
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, []);
  return { ref, close };
}
