// The distinct stage and outcome values of the file, with counts, each mapped to what it means for a deal.
import { useTranslation } from 'react-i18next';
import { STATUS_CHOICES, type StatusChoice, type StatusMap } from '@shared/domain/csv/status-values';
import type { ImportPreview } from '@shared/domain/history/records';
import { useFormat } from '../../i18n/format';
import styles from './ImportWizard.module.css';

export function StatusValueMapping({
  columns,
  statusMap,
  onChange,
}: {
  columns: ImportPreview['statusValues'];
  statusMap: StatusMap;
  onChange: (next: StatusMap) => void;
}) {
  const { t } = useTranslation('history');
  const format = useFormat();
  if (columns.length === 0) return null;
  return (
    <section className={styles.stack} aria-label={t('import.values.title')}>
      <h3 className={styles.subhead}>{t('import.values.title')}</h3>
      {columns.map((column) => (
        <table key={column.field} className={styles.mapping}>
          <caption className={styles.caption}>{t('import.values.column', { column: column.column })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.values.value')}</th>
              <th scope="col">{t('import.values.rows')}</th>
              <th scope="col">{t('import.values.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {column.values.map((value) => {
              const chosen = statusMap[value.key] ?? value.suggestion;
              return (
                <tr key={value.key}>
                  <th scope="row">{value.value}</th>
                  <td>{format.number(value.count)}</td>
                  <td>
                    <select
                      className="select"
                      aria-label={t('import.values.meaningOf', { value: value.value })}
                      aria-invalid={chosen === null || undefined}
                      value={chosen ?? ''}
                      onChange={(event) => onChange({ ...statusMap, [value.key]: event.target.value as StatusChoice })}
                    >
                      {chosen === null && <option value="">{t('import.values.choose')}</option>}
                      {STATUS_CHOICES.map((choice) => (
                        <option key={choice} value={choice}>
                          {t(`import.values.choices.${choice}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </section>
  );
}
