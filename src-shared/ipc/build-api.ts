// Builds `window.parley` from the channel list; the preload and the browser test harness share it.
// Self-contained on purpose: the test harness injects its source text into the page.

export function buildParleyApi(
  channels: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
): Record<string, (input?: unknown) => Promise<unknown>> {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const channel of channels) {
    api[channel] = (input?: unknown) => invoke(channel, input === undefined ? null : input);
  }
  return Object.freeze(api);
}
