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
