// Writes an amount in each style the reader understands: for previews, tests, and the sharing copy's checks.
import { toChineseNumeral } from './numerals';

export const AMOUNT_STYLES = [
  'plain',
  'grouped',
  'spaced',
  'apostrophe',
  'european',
  'decimal',
  'k',
  'K',
  'thousand',
  'm',
  'M',
  'million',
  'w',
  'W',
  'wan',
  'wan-decimal',
  'wan-tail',
  'yuan',
  'chinese',
  'chinese-financial',
  'symbol',
  'code',
  'fullwidth',
] as const;
export type AmountStyle = (typeof AMOUNT_STYLES)[number];

const trimZeros = (text: string): string => (text.includes('.') ? text.replace(/\.?0+$/u, '') : text);

/** Up to `digits` decimals, without a trailing zero: 0.28, 28, 1.5. */
const short = (value: number, digits: number): string => trimZeros(value.toFixed(digits));

const group = (value: number, separator: string): string => {
  const [whole = '', fraction] = value.toFixed(2).replace(/\.00$/u, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, separator);
  return fraction === undefined ? grouped : `${grouped}${separator === '.' ? ',' : '.'}${fraction}`;
};

const FULLWIDTH_OFFSET = 0xfee0;
const toFullWidth = (text: string): string =>
  text.replace(/[0-9.,]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + FULLWIDTH_OFFSET));

/** `value` written in `style`; whole yuan for the Chinese-numeral styles. */
export function formatAmount(value: number, style: AmountStyle): string {
  switch (style) {
    case 'plain':
      return short(value, 2);
    case 'grouped':
      return group(value, ',');
    case 'spaced':
      return group(value, ' ');
    case 'apostrophe':
      return group(value, "'");
    case 'european':
      return group(value, '.');
    case 'decimal':
      return value.toFixed(2);
    case 'k':
      return `${short(value / 1e3, 5)}k`;
    case 'K':
      return `${short(value / 1e3, 5)}K`;
    case 'thousand':
      return `${short(value / 1e3, 5)} thousand`;
    case 'm':
      return `${short(value / 1e6, 8)}m`;
    case 'M':
      return `${short(value / 1e6, 8)}M`;
    case 'million':
      return `${short(value / 1e6, 8)} million`;
    case 'w':
      return `${short(value / 1e4, 6)}w`;
    case 'W':
      return `${short(value / 1e4, 6)}W`;
    case 'wan':
      return `${short(value / 1e4, 6)}万`;
    case 'wan-decimal':
      return `${(value / 1e4).toFixed(Math.max(1, (short(value / 1e4, 6).split('.')[1] ?? '').length))}万`;
    case 'wan-tail': {
      // 126000 → 12万6; falls back to 万 when the rest is not one digit of thousands.
      const wan = Math.floor(value / 1e4);
      const rest = value - wan * 1e4;
      return wan > 0 && rest > 0 && rest % 1e3 === 0 ? `${wan}万${rest / 1e3}` : `${short(value / 1e4, 6)}万`;
    }
    case 'yuan':
      return `${short(value, 2)}元`;
    case 'chinese':
      return toChineseNumeral(Math.round(value));
    case 'chinese-financial':
      return `${toChineseNumeral(Math.round(value), true)}元`;
    case 'symbol':
      return `¥${group(value, ',')}`;
    case 'code':
      return `RMB ${short(value, 2)}`;
    case 'fullwidth':
      return toFullWidth(`${short(value / 1e4, 6)}`) + '万';
  }
}
