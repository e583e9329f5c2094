// Every problem an import found, by line, in the user's language: cells, the file's structure, and deals not found.
import type { ImportPreview } from '@shared/domain/history/records';
import { useFormat } from '../../i18n/format';
import { useTranslation } from 'react-i18next';
import styles from './ImportWizard.module.css';

type Problem = { key: string; line: number; text: string };

/** Lines of the file with at least one listed problem. */
export function problemLines(preview: ImportPreview): Set<number> {
  return new Set([
    ...preview.issues.map((issue) => issue.line),
    ...preview.parseIssues.map((issue) => issue.line),
    ...preview.unmatched.flatMap((group) => group.lines),
  ]);
}

export function ImportProblems({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const problems: Problem[] = [
    ...preview.parseIssues.map((issue, index) => ({
      key: `parse-${index}`,
      line: issue.line,
      text: t(`import.issues.${issue.code}`),
    })),
    ...preview.issues.map((issue, index) => ({
      key: `cell-${index}`,
      line: issue.line,
      text: t(`import.issues.${issue.code}`, {
        column: issue.column ?? t('import.issues.row'),
        value: issue.value,
      }),
    })),
    ...preview.unmatched.map((group, index) => ({
      key: `deal-${index}`,
      line: group.lines[0] ?? 0,
      text: t(`import.issues.${group.reason}`, { deal: group.dealTitle || group.dealId || '' }),
    })),
  ].sort((a, b) => a.line - b.line);
  const more = preview.issueCount - preview.issues.length;
  if (problems.length === 0) return null;
  return (
    <section className={styles.problems} aria-label={t('import.problems')}>
      <h3>{t('import.problems')}</h3>
      <ul>
        {problems.map((problem) => (
          <li key={problem.key}>
            <span className={styles.problemLine}>{t('import.lineIssue', { line: format.number(problem.line) })}</span>
            <span>{problem.text}</span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="muted">{t('import.moreProblems', { count: more, n: format.number(more) })}</p>}
    </section>
  );
}
