// The History feature's words join i18next as its lazy chunk loads; every History component reads them through here.
import { useTranslation } from 'react-i18next';
import { addLazyTexts } from '../../i18n/lazy-texts';
import { historyTexts } from './history.i18n';

addLazyTexts('history', historyTexts);

export const useHistoryTranslation = () => useTranslation('history');
