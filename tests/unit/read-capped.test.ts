/**
 * The capped body reader and the silence watchdog shared by the dataset download and the corpus
 * reader: a body of exactly the cap is kept whole and in order, one byte more is refused and the
 * stream cancelled; a server silent past its time is aborted, and only then counted as silent.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCapped, silenceWatch } from '../../src/data/read-capped';

/** A stream of the given parts, recording whether the reader cancelled it. */
function body(parts: readonly number[][]): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let i = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const part = parts[i++];
      if (part === undefined) controller.close();
      else controller.enqueue(new Uint8Array(part));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

describe('readCapped', () => {
  it('keeps a body of exactly the cap, its parts joined in order', async () => {
    const { stream, cancelled } = body([[1, 2], [3], [4, 5, 6]]);
    const bytes = await readCapped(stream, 6);
    expect(bytes).not.toBeNull();
    expect([...(bytes ?? [])]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(bytes?.byteLength).toBe(6);
    expect(cancelled()).toBe(false);
  });

  it('refuses one byte past the cap and cancels the stream', async () => {
    const { stream, cancelled } = body([[1, 2], [3], [4, 5, 6], [7]]);
    expect(await readCapped(stream, 5)).toBeNull();
    await vi.waitFor(() => expect(cancelled()).toBe(true));
  });

  it('refuses a body whose first part alone is over the cap, telling no part', async () => {
    const onPart = vi.fn();
    expect(await readCapped(body([[1, 2, 3]]).stream, 2, { onPart })).toBeNull();
    expect(onPart).not.toHaveBeenCalled();
  });

  it('reads no body as no bytes', async () => {
    const bytes = await readCapped(null, 0);
    expect(bytes?.byteLength).toBe(0);
  });

  it('starts the watchdog before every read and tells the bytes received after each part', async () => {
    const calls: string[] = [];
    await readCapped(body([[1, 2], [3]]).stream, 10, {
      beforeRead: () => calls.push('read'),
      onPart: (n) => calls.push(`part ${n}`),
    });
    expect(calls).toEqual(['read', 'part 2', 'read', 'part 3', 'read']);
  });
});

describe('silenceWatch', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('aborts once the server has been silent for the whole time, and says it was silence', () => {
    vi.useFakeTimers();
    const watch = silenceWatch(1000);
    watch.restart();
    vi.advanceTimersByTime(999);
    expect(watch.signal.aborted).toBe(false);
    expect(watch.silent()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(watch.signal.aborted).toBe(true);
    expect(watch.silent()).toBe(true);
  });

  it('starts counting again at each restart', () => {
    vi.useFakeTimers();
    const watch = silenceWatch(1000);
    watch.restart();
    vi.advanceTimersByTime(800);
    watch.restart();
    vi.advanceTimersByTime(800);
    expect(watch.signal.aborted).toBe(false);
    vi.advanceTimersByTime(200);
    expect(watch.silent()).toBe(true);
  });

  it('never fires once cleared', () => {
    vi.useFakeTimers();
    const watch = silenceWatch(1000);
    watch.restart();
    watch.clear();
    vi.advanceTimersByTime(5000);
    expect(watch.signal.aborted).toBe(false);
    expect(watch.silent()).toBe(false);
  });

  it('is not silence when the request is stopped by hand', () => {
    const watch = silenceWatch(1000);
    watch.abort();
    expect(watch.signal.aborted).toBe(true);
    expect(watch.silent()).toBe(false);
  });
});
