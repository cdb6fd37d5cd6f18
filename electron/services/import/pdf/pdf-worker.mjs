// Runs pdf.js on one PDF in a worker thread, so a slow, huge or hostile file never stalls the
// main process (the desktop app's IPC or `isnad serve`'s HTTP loop). Plain JavaScript on
// purpose: it loads the same way under tsx, vitest and the bundled app. It only extracts;
// reading order, paragraphs and boilerplate are worked out by shared/pdf in the main thread.
//
// The parent sends {bytes, maxPages} for one PDF at a time (a worker is kept for the next
// file, so pdf.js loads once per batch). Replies: {kind:'opened', pages, info}, then
// {kind:'page', page} per page, then {kind:'done'}; or {kind:'error', error}.
import { parentPort } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

function post(message) {
  parentPort.postMessage(message);
}

function describe(err) {
  return { name: err?.name ?? 'Error', message: String(err?.message ?? err), code: err?.code ?? null };
}

/** Only what the layout needs, rounded: a message per page stays small. */
function runOf(item) {
  const [, , c, d, x, y] = item.transform;
  return {
    text: item.str,
    dir: item.dir,
    x: Math.round(x * 100) / 100,
    y: Math.round(y * 100) / 100,
    width: Math.round(item.width * 100) / 100,
    // Font size from the text matrix: item.height is 0 for the spaces pdf.js inserts.
    size: Math.round((Math.hypot(c, d) || Math.abs(item.height)) * 100) / 100,
    eol: item.hasEOL === true,
  };
}

async function run(bytes, maxPages) {
  const task = getDocument({
    data: bytes,
    // Nothing is drawn: fonts are not turned into browser fonts and no code is evaluated.
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    await readAll(doc, maxPages);
  } finally {
    await doc.destroy();
  }
}

async function readAll(doc, maxPages) {
  const meta = await doc.getMetadata().catch(() => null);
  const info = meta?.info ?? {};
  post({
    kind: 'opened',
    pages: doc.numPages,
    info: {
      title: typeof info.Title === 'string' ? info.Title : '',
      author: typeof info.Author === 'string' ? info.Author : '',
      creationDate: typeof info.CreationDate === 'string' ? info.CreationDate : '',
      producer: typeof info.Producer === 'string' ? info.Producer : '',
    },
  });
  if (doc.numPages > maxPages) return;
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const [x0, y0, x1, y1] = page.view;
    // Presentation forms are folded by shared/pdf, under our own rules, not pdf.js's.
    const content = await page.getTextContent({ disableNormalization: true });
    const runs = [];
    for (const item of content.items) if (typeof item.str === 'string') runs.push(runOf(item));
    post({ kind: 'page', page: { number, left: x0, bottom: y0, width: x1 - x0, height: y1 - y0, rotate: page.rotate, runs } });
    page.cleanup();
  }
  post({ kind: 'done' });
}

parentPort.on('message', ({ bytes, maxPages }) => {
  run(bytes, maxPages).catch((err) => post({ kind: 'error', error: describe(err) }));
});
