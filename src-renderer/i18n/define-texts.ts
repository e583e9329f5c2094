// Each feature keeps its words next to its code; the Chinese must have exactly the English keys.

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

export function defineTexts<T extends Record<string, unknown>>(en: T, zh: Texts<T>): { en: T; 'zh-CN': Texts<T> } {
  return { en, 'zh-CN': zh };
}
