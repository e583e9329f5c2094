// The keys every form answers to: Ctrl/Cmd+S or Ctrl/Cmd+Enter saves, Escape cancels (unless a select is open).
import type { KeyboardEvent } from 'react';

export function formKeyHandler(onSave: () => void, onCancel: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'Enter')) {
      event.preventDefault();
      onSave();
    } else if (event.key === 'Escape' && !(event.target instanceof HTMLSelectElement)) {
      event.preventDefault();
      onCancel();
    }
  };
}
