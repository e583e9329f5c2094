// What the card and technique forms share: saving through IPC, inline errors from the backend, Ctrl+S and Escape.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybookEntry, PlaybookSaveInput } from '@shared/playbook/query';
import { call, IpcError } from '../../ipc-client';
import { useToast } from '../../ui/Toasts';
import { errorsFromIssues, type PlaybookFormErrors } from './playbook-form-model';
import { formKeyHandler } from '../../ui/form-keys';

export function useEntryForm({
  toInput,
  onClose,
}: {
  toInput: () => PlaybookSaveInput;
  /** With the saved entry, or null when cancelled. */
  onClose: (saved: PlaybookEntry | null) => void;
}) {
  const { t } = useTranslation('playbook');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const [errors, setErrors] = useState<PlaybookFormErrors>({});
  const [isSaving, setIsSaving] = useState(false);

  const submit = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    setIsSaving(true);
    try {
      const entry = await call('playbook:save', toInput());
      toast({ message: t('toasts.saved') });
      onClose(entry);
    } catch (error) {
      if (error instanceof IpcError && error.code === 'invalid-input' && error.issues.length > 0)
        setErrors(errorsFromIssues(error.issues));
      else toast({ tone: 'error', message: tc('errors.generic', { message: (error as Error).message }) });
    } finally {
      setIsSaving(false);
    }
  };

  const onKeyDown = formKeyHandler(
    () => void submit(),
    () => onClose(null),
  );

  /** The message for a field: the form's own words for list fields, the common ones otherwise. */
  const errorText = (path: string): string | undefined => {
    const code = errors[path];
    if (!code) return undefined;
    if (path === 'natures' || path === 'techniqueIds' || path === 'modelAnswers' || path === 'situation')
      return t(`form.errors.${path}`);
    return tc(`errors.field.${code}`);
  };

  const clearError = (path: string): void => {
    if (errors[path]) setErrors(({ [path]: _removed, ...rest }) => rest);
  };

  const cancel = (): void => onClose(null);
  return { submit, cancel, onKeyDown, errorText, clearError, errorCount: Object.keys(errors).length, isSaving };
}
