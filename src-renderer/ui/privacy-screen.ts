// One privacy state for the whole window: while on, every Confidential part is blurred (screen sharing, meetings).
import { useSyncExternalStore } from 'react';

type Listener = () => void;

let isOn = false;
const listeners = new Set<Listener>();

/** The root attribute the stylesheet keys on, so even parts rendered outside React's tree follow it. */
export const PRIVACY_ATTRIBUTE = 'data-privacy';

export function isPrivacyScreenOn(): boolean {
  return isOn;
}

export function setPrivacyScreen(next: boolean): void {
  if (next === isOn) return;
  isOn = next;
  if (next) document.documentElement.setAttribute(PRIVACY_ATTRIBUTE, 'on');
  else document.documentElement.removeAttribute(PRIVACY_ATTRIBUTE);
  for (const listener of listeners) listener();
}

export function togglePrivacyScreen(): void {
  setPrivacyScreen(!isOn);
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePrivacyScreen(): boolean {
  return useSyncExternalStore(subscribe, isPrivacyScreenOn, isPrivacyScreenOn);
}
