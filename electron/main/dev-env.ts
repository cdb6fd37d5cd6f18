/**
 * Environment variables that only a developer's machine may set. A packaged app ignores
 * them: ELECTRON_RENDERER_URL would load the window from any address, and the IPC sender
 * check trusts pages under that address, so honouring it in a shipped app would let anyone
 * who can set an environment variable put their own page in front of the corpus.
 */
export const DEV_ONLY_ENV = ['ELECTRON_RENDERER_URL'] as const;

/** The dev server's address (electron-vite dev), or undefined in a packaged app or a plain build. */
export function devRendererUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const url = env.ELECTRON_RENDERER_URL;
  return url && /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/.test(url) ? url : undefined;
}
