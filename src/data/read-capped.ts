/**
 * A response body read whole, but never more than a cap: what arrives past it is not kept, and the
 * reading stops. Shared by the dataset download and the corpus reader.
 */
export interface ReadCappedHooks {
  /** Before each read: a watchdog for a silent server starts again. */
  readonly beforeRead?: () => void;
  /** After each part kept, with the bytes received so far. */
  readonly onPart?: (received: number) => void;
}

/** The body's bytes, or null when more than `cap` bytes arrived (the body is then cancelled). */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  cap: number,
  hooks: ReadCappedHooks = {},
): Promise<Uint8Array<ArrayBuffer> | null> {
  const parts: Uint8Array[] = [];
  let received = 0;
  if (body !== null) {
    const reader = body.getReader();
    for (;;) {
      hooks.beforeRead?.();
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > cap) {
        void reader.cancel();
        return null;
      }
      parts.push(value);
      hooks.onPart?.(received);
    }
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

/** A watchdog for a server that goes silent: `restart` before each wait; past `stallMs`, it aborts. */
export interface SilenceWatch {
  /** The signal to pass to `fetch`: aborted when the server stays silent (or by `abort`). */
  readonly signal: AbortSignal;
  readonly restart: () => void;
  /** Whether the watchdog itself stopped the request. */
  readonly silent: () => boolean;
  readonly abort: () => void;
  /** Ends the watch (call it when the request is over, however it ended). */
  readonly clear: () => void;
}

export function silenceWatch(stallMs: number): SilenceWatch {
  const stop = new AbortController();
  let silent = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    signal: stop.signal,
    restart: () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        silent = true;
        stop.abort();
      }, stallMs);
    },
    silent: () => silent,
    abort: () => stop.abort(),
    clear: () => clearTimeout(timer),
  };
}
