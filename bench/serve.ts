/**
 * A static file server for the benchmark, serving as a production host would: files compressed ahead
 * of time (`name.gz` beside `name`) when the browser accepts gzip, never compressed per request, so
 * what is measured is the page and not the server's compressor. Both pages, Riwayat and the plain
 * baseline, are served by it alike. A request with a Range header (the corpus's row groups and
 * blocks) gets those bytes of the uncompressed file, as static hosts answer it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
  '.parquet': 'application/vnd.apache.parquet',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export function serveStatic(root: string, port: number): Promise<Server> {
  const base = normalize(root) + sep;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
    };
    const range = /^bytes=(\d+)-(\d+)$/.exec(String(req.headers.range ?? ''));
    if (range !== null) {
      const size = statSync(file).size;
      const from = Number(range[1]);
      const to = Math.min(size - 1, Number(range[2]));
      if (from > to) {
        res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
        return;
      }
      headers['content-range'] = `bytes ${from}-${to}/${size}`;
      headers['content-length'] = String(to - from + 1);
      res.writeHead(206, headers);
      createReadStream(file, { start: from, end: to }).pipe(res);
      return;
    }
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && existsSync(`${file}.gz`)) {
      file = `${file}.gz`;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(statSync(file).size);
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
