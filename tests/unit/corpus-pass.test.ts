/**
 * The build's pass split over worker threads writes the very corpus one thread writes, file for file
 * and byte for byte, and names the lines of bad events the same way; lines are read as `decodeText`
 * reads them, whichever way they are decoded.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpusInput } from '../../bench/corpus-input';
import { buildCorpus } from '../../src/cli/corpus';
import { textLines } from '../../src/cli/text-files';

const tmp = mkdtempSync(join(tmpdir(), 'riwayat-corpus-pass-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under `dir`, by its path, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe('the pass over worker threads', () => {
  it('writes the same corpus as one thread, byte for byte', async () => {
    const input = join(tmp, 'input');
    await writeCorpusInput(input, 3000, 11);
    const options = { blockBytes: 4000, maxWords: 500, limits: { threads: 2 } } as const;
    const one = await buildCorpus(input, join(tmp, 'one'), {
      ...options,
      passWorkers: 0,
      blocksWorker: false,
    });
    // Two workers, and one worker beside this thread with the events blocks written by another.
    const two = await buildCorpus(input, join(tmp, 'two'), { ...options, passWorkers: 2 });
    const three = await buildCorpus(input, join(tmp, 'three'), {
      ...options,
      passWorkers: 1,
      blocksWorker: true,
    });
    expect(one.ok && two.ok && three.ok).toBe(true);
    const a = files(join(tmp, 'one'));
    expect(a.size).toBeGreaterThan(10);
    for (const other of ['two', 'three']) {
      const b = files(join(tmp, other));
      expect([...b.keys()].sort()).toStrictEqual([...a.keys()].sort());
      for (const [path, bytes] of a) expect(b.get(path)?.equals(bytes), `${other}: ${path}`).toBe(true);
    }
  }, 120_000);

  it('names each bad line as one thread does', async () => {
    const input = join(tmp, 'bad-input');
    await writeCorpusInput(input, 2000, 5);
    const file = join(input, 'events.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[9] = lines[9]!.replace(/"start":"[^"]*"/, '"start":"2020-02-30"');
    lines[1500] = '{"id": ';
    lines[1700] = lines[1700]!.replace(/"text":"[^"]*"/, '"text":"ليس في المقال"');
    // Blank lines (as trim sees them, Unicode spaces too) are skipped, not reported.
    const blanks = lines.length + (lines.at(-1) === '' ? 0 : 1);
    writeFileSync(file, `${lines.join('\n')}\n \t\r\n\u00a0\u2003\n`);
    const one = await buildCorpus(input, join(tmp, 'bad-one'), { passWorkers: 0 });
    const two = await buildCorpus(input, join(tmp, 'bad-two'), { passWorkers: 2 });
    const three = await buildCorpus(input, join(tmp, 'bad-three'), { passWorkers: 1, blocksWorker: true });
    expect(one.ok).toBe(false);
    const problems = one.ok ? [] : one.problems;
    expect(problems.some((p) => p.startsWith(`${file}:10 $.start`) && p.includes('[date]'))).toBe(true);
    expect(problems.some((p) => p.startsWith(`${file}:1501 `) && p.includes('[not-json]'))).toBe(true);
    expect(problems.some((p) => p.startsWith(`${file}:1701 `) && p.includes('[quote-mismatch]'))).toBe(true);
    expect(problems).toHaveLength(3);
    expect(problems.some((p) => p.includes(`:${blanks} `) || p.includes(`:${blanks + 1} `))).toBe(false);
    expect(two).toStrictEqual(one);
    expect(three).toStrictEqual(one);
  }, 120_000);
});

describe('problems found before the sort', () => {
  it('finds a repeated id on a line with other problems too, and names it first', async () => {
    const input = join(tmp, 'repeated-input');
    await writeCorpusInput(input, 30, 7);
    const file = join(input, 'events.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[5] = (lines[1] as string).replace(/"start":"[^"]*"/, '"start":"2020-02-30"');
    writeFileSync(file, lines.join('\n'));
    const result = await buildCorpus(input, join(tmp, 'repeated-out'), { passWorkers: 0 });
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]?.startsWith(`${file}:6 $.id: `) && problems[0].endsWith('[duplicate-id]')).toBe(true);
    expect(problems[1]?.startsWith(`${file}:6 $.start: `) && problems[1].endsWith('[date]')).toBe(true);
  }, 60_000);
});

describe('lines read again', () => {
  it('finds the text of a line with a byte order mark, on the first line or any other', async () => {
    const input = join(tmp, 'bom-input');
    await writeCorpusInput(input, 50, 3);
    const file = join(input, 'events.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    const bom = '\uFEFF';
    lines[0] = bom + (lines[0] as string);
    lines[7] = bom + (lines[7] as string);
    lines[8] = `${bom + (lines[8] as string)}\r`;
    writeFileSync(file, lines.join('\n'));
    const marked = await buildCorpus(input, join(tmp, 'bom-out'), { passWorkers: 0 });
    expect(marked.ok ? [] : marked.problems).toStrictEqual([]);
    // The same events without the marks make the same corpus.
    writeFileSync(file, lines.map((l) => l.replace(bom, '').replace(/\r$/, '')).join('\n'));
    const plain = await buildCorpus(input, join(tmp, 'bom-plain'), { passWorkers: 0 });
    expect(plain.ok).toBe(true);
    const a = files(join(tmp, 'bom-plain'));
    const b = files(join(tmp, 'bom-out'));
    expect([...b.keys()].sort()).toStrictEqual([...a.keys()].sort());
    for (const [path, bytes] of a) expect(b.get(path)?.equals(bytes), path).toBe(true);
  }, 60_000);
});

describe('lines that had to be decoded', () => {
  it('writes a line in UTF-16 as the same event in UTF-8, in this thread and in workers', async () => {
    const input = join(tmp, 'utf16-input');
    await writeCorpusInput(input, 60, 4);
    const file = join(input, 'events.jsonl');
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    // A line whose UTF-16 holds no newline byte (a byte the lines are cut at).
    const i = lines.findIndex((l, k) => k > 2 && l !== '' && !Buffer.from(l, 'utf16le').includes(0x0a));
    expect(i).toBeGreaterThan(2);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines[i] as string, 'utf16le')]);
    const before = Buffer.from(
      lines
        .slice(0, i)
        .map((l) => `${l}\n`)
        .join(''),
      'utf8',
    );
    const after = Buffer.from(`\n${lines.slice(i + 1).join('\n')}`, 'utf8');
    const plain = await buildCorpus(input, join(tmp, 'utf16-plain'), { passWorkers: 0, blocksWorker: false });
    expect(plain.ok).toBe(true);
    writeFileSync(file, Buffer.concat([before, utf16, after]));
    // The line's UTF-8 is kept in the records: read back by this thread or by the blocks' worker.
    for (const [passWorkers, blocksWorker] of [
      [0, false],
      [2, false],
      [1, true],
    ] as const) {
      const out = join(tmp, `utf16-out-${passWorkers}-${blocksWorker}`);
      const marked = await buildCorpus(input, out, { passWorkers, blocksWorker });
      expect(marked.ok ? [] : marked.problems).toStrictEqual([]);
      const a = files(join(tmp, 'utf16-plain'));
      const b = files(out);
      expect([...b.keys()].sort()).toStrictEqual([...a.keys()].sort());
      for (const [path, bytes] of a) expect(b.get(path)?.equals(bytes), path).toBe(true);
    }
  }, 60_000);
});

describe('textLines', () => {
  it('reads plain, CRLF, byte-order-marked, UTF-16-marked and broken lines as decodeText reads them', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const input = Buffer.concat([
      Buffer.from('{"ar":"وزير الدفاع"}\n', 'utf8'),
      Buffer.from('crlf ى\r\n', 'utf8'),
      bom,
      Buffer.from('marked\n', 'utf8'),
      Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x0a]),
      Buffer.from([0x61, 0xc3, 0x28, 0x0a]),
      Buffer.from('\n', 'utf8'),
      Buffer.from('last', 'utf8'),
    ]);
    const got = [];
    const chunks = async function* () {
      yield input.subarray(0, 7);
      yield input.subarray(7);
    };
    for await (const line of textLines(chunks())) got.push(line);
    expect(got).toStrictEqual([
      { n: 1, text: '{"ar":"وزير الدفاع"}', bytes: Buffer.byteLength('{"ar":"وزير الدفاع"}') },
      { n: 2, text: 'crlf ى', bytes: Buffer.byteLength('crlf ى\r') },
      { n: 3, text: 'marked', bytes: 9 },
      { n: 4, text: 'A', bytes: 4 },
      { n: 5, error: 'the line is not valid UTF-8 text', bytes: 3 },
      { n: 6, text: '', bytes: 0 },
      { n: 7, text: 'last', bytes: 4 },
    ]);
  });
});
