import fs from 'node:fs';
import path from 'node:path';
import type { Rectangle } from 'electron';
import { z } from 'zod';

const rectangle = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

const windowState = z.object({ bounds: rectangle, maximised: z.boolean() });

export type WindowState = z.infer<typeof windowState>;

export const windowStateFile = (userData: string) => path.join(userData, 'window-state.json');

/** The remembered window, or nothing when there is none yet or the file is not ours (it is only a nicety). */
export function readWindowState(file: string): WindowState | undefined {
  try {
    const parsed = windowState.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a temporary name and renamed, so a crash while saving never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(windowState.parse(state), null, 2)}\n`);
  fs.renameSync(temporary, file);
}

const overlap = (a: Rectangle, b: Rectangle) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * Where to put the window on the screens there are now. A window remembered on a monitor that has since been
 * unplugged (less than a quarter of it visible) keeps its size, shrunk to fit, but not its position: it is centred.
 */
export function placeWindow(
  state: WindowState | undefined,
  workAreas: readonly Rectangle[],
  minimum: { readonly width: number; readonly height: number },
): Partial<Rectangle> | undefined {
  if (state === undefined) return undefined;
  const { bounds } = state;
  const visible = workAreas.some((area) => overlap(bounds, area) * 4 >= bounds.width * bounds.height);
  if (visible) return bounds;
  const largest = [...workAreas].sort((a, b) => b.width * b.height - a.width * a.height)[0];
  if (largest === undefined) return undefined;
  return {
    width: Math.max(minimum.width, Math.min(bounds.width, largest.width)),
    height: Math.max(minimum.height, Math.min(bounds.height, largest.height)),
  };
}
