/**
 * The worker thread of the build's events blocks (corpus-blocks.ts): it is sent the rows in time
 * order, each as its place in the input or in the records, reads each event back as its UTF-8 and
 * writes the blocks, their pack files and the events tree; the tree's root and files are its answer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  eventBlockBuilder,
  ROW_FIELDS,
  type BlocksAnswer,
  type BlocksRequest,
  type EventBlocksData,
} from './corpus-blocks';
import { lineReader } from './corpus-input';
import { PackWriter } from './corpus-pack';
import { RecordFile } from './corpus-records';

const { out, blockBytes, events, records } = workerData as EventBlocksData;
const input = lineReader(events);
const own = new RecordFile(records, true);
const pack = new PackWriter(out, 'events');
const blocks = eventBlockBuilder(pack, blockBytes);
const port = parentPort;
port?.on('message', (m: BlocksRequest) => {
  let answer: BlocksAnswer;
  try {
    if ('rows' in m) {
      const f = m.rows;
      for (let i = 0; i < m.n; i++) {
        const o = i * ROW_FIELDS;
        const [row, line, at, len] = [f[o] ?? 0, f[o + 1] ?? 0, f[o + 2] ?? 0, f[o + 3] ?? 0];
        blocks.add(row, f[o + 4] === 1 ? own.bytes(at, len) : input.text(line, at, len), len);
      }
      answer = { ack: true };
    } else {
      blocks.flush();
      const root = blocks.tree.finish();
      answer = { written: { root, files: pack.close() } };
      input.close();
      own.close();
    }
  } catch (e) {
    answer = { error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(answer);
});
