// App-wide commands from the Electron menu and the same shortcuts typed in the page.
import { useEffect } from 'react';
import type { MenuCommand } from '@shared/ipc/contract';
import { onMenuCommand } from '../ipc-client';
import { togglePrivacyScreen } from '../ui/privacy-screen';
import { navigate } from './use-route';

export function runCommand(command: MenuCommand): void {
  switch (command) {
    case 'new-deal':
      return navigate({ name: 'deal-new' });
    case 'open-settings':
      return navigate({ name: 'settings' });
    case 'go-deals':
      return navigate({ name: 'deals' });
    case 'go-rehearse':
      return navigate({ name: 'rehearse' });
    case 'go-history':
      return navigate({ name: 'history' });
    case 'go-playbook':
      return navigate({ name: 'playbook' });
    case 'toggle-privacy':
      return togglePrivacyScreen();
  }
}

/** The shortcut a key press means, if any (Ctrl on Windows/Linux, Cmd on macOS). */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.shiftKey) return event.key.toLowerCase() === 'h' ? 'toggle-privacy' : null;
  switch (event.key.toLowerCase()) {
    case 'n':
      return 'new-deal';
    case ',':
      return 'open-settings';
    case '1':
      return 'go-deals';
    case '2':
      return 'go-rehearse';
    case '3':
      return 'go-history';
    case '4':
      return 'go-playbook';
    default:
      return null;
  }
}

export function useAppCommands(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = onMenuCommand(runCommand);
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, []);
}
