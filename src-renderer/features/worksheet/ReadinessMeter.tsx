// A compact readiness bar (0–100) for the deals list and the deal header; no worksheet code, so it stays light.
import { readinessTone } from './readiness-level';
import styles from './ReadinessMeter.module.css';

export function ReadinessMeter({ score, label, wide = false }: { score: number; label: string; wide?: boolean }) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <span
      className={`${styles.meter} ${styles[readinessTone(value)]} ${wide ? styles.wide : ''}`}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`${value}%`}
      title={`${label}: ${value}%`}
    >
      <span className={styles.track}>
        <span className={styles.fill} style={{ width: `${value}%` }} />
      </span>
      <span className={styles.value}>{value}%</span>
    </span>
  );
}
