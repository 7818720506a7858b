/**
 * What the audience and presenter windows tell each other over a BroadcastChannel. Only windows of
 * this origin share a channel, but a message is still untrusted input: `readDeckMessage` accepts only
 * the exact shape below, with bounded values, and anything else is nothing.
 */
import type { Blank, DeckRole } from '../../state';
import type { SlideBox } from './slides';

export const DECK_CHANNEL = 'riwayat-present';

export type { Blank, DeckRole } from '../../state';

export type DeckMessage =
  /** A window that opens asks where the others are. */
  | { readonly kind: 'hello'; readonly briefing: string; readonly from: DeckRole }
  /** Where a window is; the audience's also says the size its slides are planned for. */
  | {
      readonly kind: 'at';
      readonly briefing: string;
      readonly from: DeckRole;
      readonly eventId: string | null;
      readonly step: number;
      readonly blank: Blank;
      readonly box: SlideBox | null;
    };

const MAX_ID = 200;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** An id of 1 to 200 characters, none of them a control character (an id is looked up, never shown). */
function plainId(v: unknown): v is string {
  if (typeof v !== 'string' || v.length === 0 || v.length > MAX_ID) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return false;
  }
  return true;
}
const within = (v: unknown, lo: number, hi: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;

function readBox(v: unknown): SlideBox | null | undefined {
  if (v === null) return null;
  if (!isRecord(v)) return undefined;
  const { width, height, fontPx } = v;
  if (!within(width, 1, 20_000) || !within(height, 1, 20_000) || !within(fontPx, 4, 400)) return undefined;
  return { width, height, fontPx };
}

/** The message, if `data` is exactly one; otherwise null. */
export function readDeckMessage(data: unknown): DeckMessage | null {
  if (!isRecord(data) || data.app !== DECK_CHANNEL || data.v !== 1) return null;
  const { kind, briefing, from } = data;
  if (!plainId(briefing)) return null;
  if (from !== 'audience' && from !== 'presenter') return null;
  if (kind === 'hello') return { kind, briefing, from };
  if (kind !== 'at') return null;
  const { eventId, step, blank } = data;
  if (eventId !== null && !plainId(eventId)) return null;
  if (!within(step, -10_000, 10_000) || !Number.isInteger(step)) return null;
  if (blank !== null && blank !== 'black' && blank !== 'white') return null;
  const box = readBox(data.box);
  if (box === undefined) return null;
  return { kind, briefing, from, eventId, step, blank, box };
}

/** The message as it is posted (with the marks `readDeckMessage` asks for). */
export function deckMessage(m: DeckMessage): Record<string, unknown> {
  return { app: DECK_CHANNEL, v: 1, ...m };
}
