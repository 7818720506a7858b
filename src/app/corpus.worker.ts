/// <reference lib="webworker" />
/**
 * The corpus worker: reads a static corpus off the page's thread (`corpus-host.ts`), and beats every
 * quarter of a second so that the page can tell a worker stuck in one long piece of work from one
 * waiting on the network (`corpus-client.ts` stops it then).
 */
import { BEAT_MS, corpusHost, type ToHost } from './corpus-host';

const answer = corpusHost((m) => self.postMessage(m));
self.onmessage = (e: MessageEvent<ToHost>) => void answer(e.data);
setInterval(() => self.postMessage({ beat: true }), BEAT_MS);
