// The Export menu: deals, objections, signals and complaints as CSV, or a backup of all data; each asks where to save.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FileSaveResult, ImportKind } from '@shared/domain/history/records';
import { call } from '../../ipc-client';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { useContentLanguage } from '../playbook/use-content-language';
import { useRunner } from './use-runner';
import { useTranslation } from 'react-i18next';
import styles from './HistoryPage.module.css';
import { Button } from '../../ui/Button';

type Item = { key: string; label: string; run: () => Promise<FileSaveResult>; isBackup: boolean };

export function ExportMenu() {
  const { t } = useTranslation('history');
  const { language } = useContentLanguage();
  const toast = useToast();
  const run = useRunner();
  const [isOpen, setIsOpen] = useState(false);
  const menu = useRef<HTMLUListElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const csv = (kind: ImportKind, label: string): Item => ({
    key: kind,
    label,
    run: () => call('history:export-csv', { kind, language }),
    isBackup: false,
  });
  const items: Item[] = [
    csv('deals', t('actions.exportDeals')),
    csv('objections', t('actions.exportObjections')),
    csv('signals', t('actions.exportSignals')),
    csv('complaints', t('actions.exportComplaints')),
    {
      key: 'backup',
      label: t('actions.exportBackup'),
      run: () => call('history:export-backup', { language }),
      isBackup: true,
    },
  ];

  useEffect(() => {
    if (!isOpen) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const close = (event: MouseEvent): void => {
      const target = event.target;
      if (!(target instanceof Node)) return;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setIsOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [isOpen]);

  const choose = (item: Item): void => {
    setIsOpen(false);
    button.current?.focus();
    run(async () => {
      const result = await item.run();
      if (result.status === 'cancelled') return;
      const key = item.isBackup ? 'saved.backup' : 'saved.file';
      toast({ message: t(key, { count: result.count, path: result.path }) });
    });
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>): void => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const index = buttons.findIndex((item) => item === document.activeElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      setIsOpen(false);
      if (event.key === 'Escape') button.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      buttons[(index + step + buttons.length) % buttons.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      buttons[event.key === 'Home' ? 0 : buttons.length - 1]?.focus();
    }
  };

  return (
    <div className={styles.menuWrap}>
      <Button
        ref={button}
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        onClick={() => setIsOpen(!isOpen)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setIsOpen(true);
          }
        }}
      >
        <Icon name="download" size={16} />
        {t('actions.export')}
      </Button>
      {isOpen && (
        <ul ref={menu} role="menu" aria-label={t('actions.export')} className={styles.menu} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.key} role="none">
              <Button type="button" role="menuitem" onClick={() => choose(item)}>
                <Icon name={item.isBackup ? 'file-text' : 'download'} size={14} />
                {item.label}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
