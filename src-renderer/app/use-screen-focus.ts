// After a screen change: focus goes to the new screen's heading and the window title names the screen (and deal).
import { useEffect, useRef, type RefObject } from 'react';
import { setScreenTitle } from './window-title';

const APP_NAME = 'Parley';

/** The screen's heading; Suspense keeps the previous screen in the page, hidden, until the next one is ready. */
const visibleHeading = (main: HTMLElement): HTMLElement | undefined =>
  [...main.querySelectorAll<HTMLElement>('h1')].find((heading) => heading.checkVisibility());

/** "ICON worksheet – Network renewal – Parley": the current tab of a screen (if any), its heading, the app. */
function titleOf(main: HTMLElement): string {
  const heading = visibleHeading(main)?.textContent?.trim();
  const tab = main.querySelector('nav [aria-current="page"], [role="tab"][aria-selected="true"]')?.textContent?.trim();
  return [tab, heading, APP_NAME].filter((part, index, parts) => part && parts.indexOf(part) === index).join(' – ');
}

/**
 * `screenKey` changes on every navigation. Focus moves to the heading once it is drawn, unless the screen
 * itself has already put focus somewhere inside it (a form's first field, a search box).
 */
export function useScreenFocus(main: RefObject<HTMLElement | null>, screenKey: string): void {
  const opener = useRef<Element | null>(null);
  const isFirstScreen = useRef(true);

  useEffect(() => {
    const root = main.current;
    if (!root) return;
    const isFirst = isFirstScreen.current;
    isFirstScreen.current = false;
    const from = opener.current ?? document.activeElement;
    let isFocusPending = !isFirst;
    let focused: HTMLElement | null = null;
    let hasUserActed = false;
    const onUserAction = (): void => {
      hasUserActed = true;
    };
    document.addEventListener('pointerdown', onUserAction, true);
    document.addEventListener('keydown', onUserAction, true);
    const update = (): void => {
      setScreenTitle(titleOf(root));
      // A lazy part of the screen that suspends hides the screen for a moment (display: none), which drops focus
      // to the page body: until the user acts, the heading takes it back.
      if (focused && !hasUserActed && document.activeElement === document.body) isFocusPending = true;
      if (!isFocusPending) return;
      const heading = visibleHeading(root);
      if (!heading) return;
      isFocusPending = false;
      const active = document.activeElement;
      const hasScreenFocused = active && active !== from && active !== document.body && root.contains(active);
      if (hasScreenFocused) return;
      heading.tabIndex = -1;
      heading.focus();
      focused = heading;
    };
    update();
    // Coalesced to one look per frame: typing in a field must not pay for a layout on every keystroke.
    let frame = 0;
    const observer = new MutationObserver(() => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          update();
        });
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributeFilter: ['style'] });
    return () => {
      document.removeEventListener('pointerdown', onUserAction, true);
      document.removeEventListener('keydown', onUserAction, true);
      cancelAnimationFrame(frame);
      observer.disconnect();
      opener.current = document.activeElement;
    };
  }, [main, screenKey]);
}
