/** The Chromium the browser tests will use (see find-browser.mjs), or null. */
export function chromiumPath(): Promise<string | null>;
