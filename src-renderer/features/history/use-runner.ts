// Runs a user action that talks to the backend and reports a failure as a toast instead of losing it.
import { useToast } from '../../ui/Toasts';
import { useTranslation } from 'react-i18next';

export function useRunner(): (task: () => Promise<void>) => void {
  const { t } = useTranslation('history');
  const toast = useToast();
  return (task) => {
    task().catch((error: unknown) =>
      toast({
        tone: 'error',
        message: t('errors.failed', { message: error instanceof Error ? error.message : String(error) }),
      }),
    );
  };
}
