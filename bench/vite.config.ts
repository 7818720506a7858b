import { mergeConfig } from 'vite';
import base from '../vite.config.ts';

/** The app plus the plain vis-timeline baseline page, built side by side for the benchmark. */
export default mergeConfig(base, {
  build: {
    outDir: 'dist-bench',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: { input: { main: 'index.html', plain: 'bench/plain.html' } },
  },
  preview: { port: 4330 },
});
