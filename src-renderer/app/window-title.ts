// The window title has two writers – the screen (its tab, heading and the app) and the privacy screen's notice –
// so one place composes them and neither overwrites the other.
let screenTitle = 'Parley';
let notice: string | null = null;

function write(): void {
  document.title = notice ? `${screenTitle} — ${notice}` : screenTitle;
}

export function setScreenTitle(title: string): void {
  screenTitle = title;
  write();
}

/** A notice shown after the screen's title while it holds (null removes it). */
export function setTitleNotice(text: string | null): void {
  notice = text;
  write();
}
