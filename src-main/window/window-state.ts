// The window remembers its size and position; a saved position off every screen is not restored.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export type Rectangle = { x: number; y: number; width: number; height: number };
export type WindowState = { bounds: Rectangle; isMaximized: boolean };

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 960, height: 640 };

const stateSchema = z.object({
  bounds: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
  isMaximized: z.boolean(),
});

const overlaps = (a: Rectangle, b: Rectangle): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Pure: where to open the window given the saved state and the screens' work areas. */
export function restoreBounds(
  saved: WindowState | null,
  workAreas: Rectangle[],
): Partial<Rectangle> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE };
  const width = Math.max(MIN_SIZE.width, saved.bounds.width);
  const height = Math.max(MIN_SIZE.height, saved.bounds.height);
  const isVisible = workAreas.some((area) => overlaps({ ...saved.bounds, width, height }, area));
  return isVisible ? { x: saved.bounds.x, y: saved.bounds.y, width, height } : { width, height };
}

export function loadWindowState(file: string): WindowState | null {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  writeFileSync(file, JSON.stringify(state));
}
