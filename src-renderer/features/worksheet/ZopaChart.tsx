// The zone of possible agreement drawn as two ranges on one price axis (plain SVG: no chart library).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberRange, Zopa } from '@shared/domain/worksheet';
import { compactMoney } from './money';
import { useWorksheet } from './worksheet-context';
import styles from './ZopaChart.module.css';
import { confidential } from '../../ui/Confidential';

const DEFAULT_WIDTH = 600;
const HEIGHT = 188;
const LEFT = 100;
const RIGHT = 18;
const OUR_Y = 58;
const THEIR_Y = 106;
const BAR = 20;
const AXIS_Y = 162;
const LABEL_GAP = 84;

/** 1, 2, 2.5 or 5 times a power of ten: ticks a person reads at a glance. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const multiple = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return multiple * power;
}

type Marker = { key: 'opening' | 'target' | 'walkAway'; value: number; x: number; level: number };

/** Draws at the size it is shown, so its text stays the size of the text around it. */
function useWidth(): [(element: HTMLElement | null) => void, number] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}

export function ZopaChart({ zopa }: { zopa: Zopa }) {
  const { t, i18n } = useTranslation('worksheet');
  const [ref, WIDTH] = useWidth();
  const { money, currency } = useWorksheet();
  const short = (value: number): string => compactMoney(i18n.language, currency, value);

  const rangeText = (range: NumberRange | null): string =>
    range === null
      ? ''
      : `${range.min === null ? '…' : money(range.min)} – ${range.max === null ? '…' : money(range.max)}`;
  const status = t(`zopa.status.${zopa.status}`, { range: rangeText(zopa.overlap) });

  if (zopa.extent === null) {
    return (
      <div className={styles.empty} ref={ref}>
        <p>{t('zopa.empty')}</p>
        <p className="muted">{t('zopa.status.unknown')}</p>
      </div>
    );
  }

  const spread = zopa.extent.max - zopa.extent.min;
  const pad = spread > 0 ? spread * 0.18 : Math.max(Math.abs(zopa.extent.max) * 0.1, 1);
  const lo = zopa.extent.min - pad;
  const hi = zopa.extent.max + pad;
  const x = (value: number): number => LEFT + ((value - lo) / (hi - lo)) * (WIDTH - LEFT - RIGHT);
  const xOf = (value: number | null, fallback: number): number =>
    value === null ? fallback : Math.min(WIDTH - RIGHT, Math.max(LEFT, x(value)));
  /** A price range as a band; an open end runs to the edge of the chart. */
  const band = (range: NumberRange | null, y: number, height: number, className: string | undefined, rx = 0) =>
    range && (
      <rect
        className={className}
        x={xOf(range.min, LEFT)}
        y={y}
        width={Math.max(2, xOf(range.max, WIDTH - RIGHT) - xOf(range.min, LEFT))}
        height={height}
        rx={rx}
      />
    );
  const zoneTop = OUR_Y - 10;
  const zoneHeight = THEIR_Y + BAR + 10 - zoneTop;

  const step = niceStep(hi - lo, 4);
  const ticks: number[] = [];
  for (let tick = Math.ceil(lo / step) * step; tick <= hi; tick += step) ticks.push(tick);

  // Labels of markers that sit close together are stacked so they never overlap.
  const markers: Marker[] = (['opening', 'target', 'walkAway'] as const)
    .flatMap((key) => {
      const value = zopa.markers[key];
      return value === null ? [] : [{ key, value, x: x(value), level: 0 }];
    })
    .sort((a, b) => a.x - b.x);
  markers.forEach((marker, index) => {
    const previous = markers[index - 1];
    if (previous && marker.x - previous.x < LABEL_GAP && previous.level === 0) marker.level = 1;
  });

  const estimate = zopa.theirWalkAway;
  return (
    <figure className={styles.figure} ref={ref} {...confidential}>
      <figcaption className={`${styles.status} ${styles[zopa.status]}`}>{status}</figcaption>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${t('zopa.label')}: ${status}`}
      >
        <defs>
          <pattern id="zopa-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className={styles.hatchBg} />
            <line x1="0" y1="0" x2="0" y2="6" className={styles.hatchLine} />
          </pattern>
        </defs>

        {ticks.map((tick) => (
          <g key={tick}>
            <line className={styles.grid} x1={x(tick)} x2={x(tick)} y1={OUR_Y - 12} y2={AXIS_Y} />
            <text className={styles.tick} x={x(tick)} y={AXIS_Y + 16} textAnchor="middle">
              {short(tick)}
            </text>
          </g>
        ))}
        <line className={styles.axis} x1={LEFT} x2={WIDTH - RIGHT} y1={AXIS_Y} y2={AXIS_Y} />

        {band(zopa.overlap, zoneTop, zoneHeight, styles.zone)}
        {band(zopa.certainOverlap, zoneTop, zoneHeight, styles.zoneCertain)}

        <text className={styles.rowLabel} x={0} y={OUR_Y + 14}>
          {t('zopa.rows.ours')}
        </text>
        <text className={styles.rowLabel} x={0} y={THEIR_Y + 14}>
          {t('zopa.rows.theirs')}
        </text>
        {band(zopa.ourRange, OUR_Y, BAR, styles.ours, 4)}
        {band(zopa.theirRange, THEIR_Y, BAR, styles.theirs, 4)}
        {estimate && (
          <rect
            className={styles.estimate}
            x={x(estimate.min) - (estimate.min === estimate.max ? 2 : 0)}
            y={THEIR_Y - 4}
            width={Math.max(4, x(estimate.max) - x(estimate.min))}
            height={BAR + 8}
            rx={3}
          >
            <title>{`${t('zopa.theirEstimate')}: ${money(estimate.min)} – ${money(estimate.max)}`}</title>
          </rect>
        )}
        {zopa.overlap && (
          <text
            className={styles.zoneLabel}
            x={(xOf(zopa.overlap.min, LEFT) + xOf(zopa.overlap.max, WIDTH - RIGHT)) / 2}
            y={THEIR_Y + BAR + 22}
            textAnchor="middle"
          >
            {t('zopa.zone')}
          </text>
        )}

        {markers.map((marker) => {
          const labelY = OUR_Y - 12 - marker.level * 20;
          return (
            <g key={marker.key} className={styles[marker.key]}>
              <line className={styles.markerLine} x1={marker.x} x2={marker.x} y1={labelY + 4} y2={OUR_Y + BAR} />
              {marker.key === 'opening' && (
                <path className={styles.markerShape} d={`M${marker.x} ${OUR_Y + 2}l7 8-7 8-7-8z`} />
              )}
              {marker.key === 'target' && (
                <circle className={styles.markerShape} cx={marker.x} cy={OUR_Y + BAR / 2} r={6} />
              )}
              {marker.key === 'walkAway' && (
                <rect className={styles.markerShape} x={marker.x - 2.5} y={OUR_Y - 3} width={5} height={BAR + 6} />
              )}
              <text className={styles.markerLabel} x={marker.x} y={labelY} textAnchor="middle">
                {`${t(`numbers.${marker.key}Short`)} ${short(marker.value)}`}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend}>
        <li>
          <span className={`${styles.swatch} ${styles.swatchOurs}`} />
          {t('zopa.rows.ours')}
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.swatchTheirs}`} />
          {t('zopa.rows.theirs')}
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.swatchEstimate}`} />
          {t('zopa.theirEstimate')}
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.swatchZone}`} />
          {t('zopa.zone')}
        </li>
      </ul>
    </figure>
  );
}
