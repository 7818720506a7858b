import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built page's Content-Security-Policy: scripts, styles and fonts only from the page's own origin;
 * no inline script; nothing may be framed, posted or based elsewhere. Dataset text is rendered
 * as text, so this is a second line of defence, not the first. (Only in the build: the dev server
 * injects inline styles and scripts for hot reloading.)
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // A dataset may be opened from another server that allows it (`?data=https://…`); nothing else is fetched.
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "worker-src 'self' blob:",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'riwayat-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

/**
 * Headers a host should send with the page, which a `<meta>` policy cannot carry: no other site may
 * frame the app (and so dress up its own data as Riwayat's), no type sniffing, no referrer. `vite preview`
 * sends them; README.md lists them for other hosts.
 */
export const HOST_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

export default defineConfig({
  // Relative asset URLs, so `dist/` works from any static server and under any sub-path.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Each language's words under a name `scripts/bundle-budget.ts` finds: the page loads one at once.
        chunkFileNames: (chunk) =>
          /[\\/]src[\\/]i18n[\\/]locales[\\/](ar|en)\.json$/.test(chunk.facadeModuleId ?? '')
            ? 'assets/words-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, headers: HOST_HEADERS },
});
