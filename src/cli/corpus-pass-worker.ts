/**
 * A worker thread of the build's check (corpus-pass.ts): it reads the lines of the batches it is given
 * from their places in the events file and checks them, answering each batch with its results in line
 * order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lineReader, linePlace } from './corpus-input';
import { lineChecker, type PassAnswer, type PassRequest, type PassWorkerData } from './corpus-pass';

const { head, events } = workerData as PassWorkerData;
const reader = lineReader(events);
const check = lineChecker(head, linePlace(events), reader.text);
const port = parentPort;
port?.on('message', ({ id, lines }: PassRequest) => {
  let answer: PassAnswer;
  try {
    answer = { id, results: lines.map(check) };
  } catch (e) {
    answer = { id, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(answer);
});
