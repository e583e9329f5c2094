// The amount reader: text → figures with spans (read), the price a figure stands for, and formatting.
export { readAmounts, type AmountChange, type AmountReading, type Approximation } from './read-amounts';
export { priceAfter, readAmountField, type AmountInputReading } from './resolve';
export { AMOUNT_STYLES, formatAmount, type AmountStyle } from './format';
export { hasCondition } from './qualifiers';
export { toChineseNumeral } from './numerals';
