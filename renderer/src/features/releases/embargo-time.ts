/** Wall-clock parts of an instant in an IANA zone. */
function partsIn(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as the `datetime-local` value a clock in `timeZone` shows: "2018-04-12T10:00". */
export function wallTimeIn(isoInstant: string, timeZone: string): string {
  const at = Date.parse(isoInstant);
  if (Number.isNaN(at)) return '';
  const p = partsIn(at, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a clock in `timeZone` shows as `wallTime` ("2018-04-12T10:00" in Europe/Brussels →
 * "2018-04-12T08:00:00.000Z"), or null when the text is not a complete date and time. The zone's offset is read at
 * the guessed instant and read again once, which settles on either side of a daylight-saving change.
 */
export function instantOf(wallTime: string, timeZone: string): string | null {
  const m = WALL_TIME.exec(wallTime);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (instant: number) => {
    const p = partsIn(instant, timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - instant;
  };
  try {
    let instant = asUtc - offsetAt(asUtc);
    instant = asUtc - offsetAt(instant);
    return new Date(instant).toISOString();
  } catch {
    return null;
  }
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
