import type { Page } from '@playwright/test';

/** A file as dragged from the desktop: its text, or its raw bytes (a PDF, a binary file). */
export interface DroppedFile {
  name: string;
  text?: string;
  bytes?: Uint8Array;
  type?: string;
}

/** What the user's browser does when files are dragged from the desktop onto the window. */
export async function dropFiles(page: Page, files: DroppedFile[]): Promise<void> {
  const list = files.map((f) => ({
    name: f.name,
    type: f.type ?? 'text/plain',
    text: f.bytes ? null : (f.text ?? ''),
    base64: f.bytes ? Buffer.from(f.bytes).toString('base64') : null,
  }));
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const body = f.base64 === null ? (f.text ?? '') : Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([body], f.name, { type: f.type }));
    }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, list);
}
