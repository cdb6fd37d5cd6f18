import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../shared/security/csp';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Puts the shared CSP into index.html, so the page is protected even when opened as a file. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'isnad-csp',
    transformIndexHtml: (html) => html.replace('%ISNAD_CSP%', META_CONTENT_SECURITY_POLICY),
  };
}

/** One renderer build for both the desktop window and browser mode. */
export const rendererConfig: UserConfig = {
  root: here,
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: resolve(here, '../out/renderer'),
    emptyOutDir: true,
    // data: URIs are outside the CSP; every asset stays a file served from 'self'.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
};
