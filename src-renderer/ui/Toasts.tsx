// Short messages at the bottom of the window. A message with an action (Undo) stays until it is dismissed or
// another action replaces it, and can take focus; the others fade after a while, but not while hovered or focused.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import styles from './Toasts.module.css';

type Toast = {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
  /** Move focus to the action: for when the control that was used is gone (a deleted row). */
  isActionFocused?: boolean;
};
type ShowToast = (toast: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] }) => void;

const ToastContext = createContext<ShowToast>(() => undefined);

export const useToast = (): ShowToast => useContext(ToastContext);

const VISIBLE_MS = 7000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [isPaused, setIsPaused] = useState(false);
  const nextId = useRef(1);
  const focusedIds = useRef(new Set<number>());
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback<ShowToast>(({ tone = 'info', ...toast }) => {
    const id = nextId.current++;
    setToasts((current) => [
      ...current.filter((earlier) => !(toast.action && earlier.action)).slice(-2),
      { ...toast, tone, id },
    ]);
  }, []);
  const fading = toasts.filter((toast) => !toast.action);
  useEffect(() => {
    if (isPaused || fading.length === 0) return;
    const timer = window.setTimeout(() => setToasts((current) => current.filter((toast) => toast.action)), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [isPaused, fading.length]);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <section
        className={styles.region}
        aria-label={t('notifications')}
        onMouseEnter={() => setIsPaused(true)}
        onMouseLeave={() => setIsPaused(false)}
        onFocus={() => setIsPaused(true)}
        onBlur={() => setIsPaused(false)}
      >
        <div role="status" aria-live="polite" className={styles.list}>
          {toasts.map((toast) => (
            <div key={toast.id} className={`${styles.toast} ${toast.tone === 'error' ? styles.error : ''}`}>
              <span>{toast.message}</span>
              {toast.action && (
                <button
                  type="button"
                  className={styles.action}
                  ref={(button) => {
                    if (!button || !toast.isActionFocused || focusedIds.current.has(toast.id)) return;
                    focusedIds.current.add(toast.id);
                    button.focus();
                  }}
                  onClick={() => {
                    toast.action?.run();
                    dismiss(toast.id);
                  }}
                >
                  {toast.action.label}
                </button>
              )}
              <button
                type="button"
                className={styles.dismiss}
                aria-label={t('actions.dismiss')}
                onClick={() => dismiss(toast.id)}
              >
                <Icon name="close" size={14} />
              </button>
            </div>
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}
