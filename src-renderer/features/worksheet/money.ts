// Currency details the worksheet needs beyond useFormat(): the bare symbol for inputs and short axis labels.

const symbols = new Map<string, string>();
const compacts = new Map<string, Intl.NumberFormat>();

export function currencySymbol(locale: string, currency: string): string {
  const key = `${locale}:${currency}`;
  let symbol = symbols.get(key);
  if (symbol === undefined) {
    try {
      const parts = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
      }).formatToParts(0);
      symbol = parts.find((part) => part.type === 'currency')?.value ?? currency;
    } catch {
      symbol = currency;
    }
    symbols.set(key, symbol);
  }
  return symbol;
}

/** "¥1.2M" / "¥120万": short enough for chart ticks. */
export function compactMoney(locale: string, currency: string, value: number): string {
  const key = `${locale}:${currency}`;
  let format = compacts.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
        notation: 'compact',
        maximumFractionDigits: 2,
      });
    } catch {
      format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 });
    }
    compacts.set(key, format);
  }
  return format.format(value);
}
