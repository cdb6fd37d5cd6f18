/** A file chosen or dropped by the user, with its path inside a dropped folder. */
export interface PickedFile {
  key: string;
  name: string;
  file: File | null;
  /** Why the browser could not hand us the file (e.g. a folder entry it may not read). */
  readError?: string;
}

type Unkeyed = Omit<PickedFile, 'key'>;

function picked(name: string, file: File | null, readError?: string): Unkeyed {
  return { name, file, ...(readError ? { readError } : {}) };
}

/** Keys for one pick: the report's rows find their file by key (to import it again with a field mapping). */
function keyed(files: Unkeyed[]): PickedFile[] {
  const batch = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');
  return files.map((f, i) => ({ key: `f${batch}-${i + 1}`, ...f }));
}

/** Files from an <input type="file">, keeping the folder path for `webkitdirectory` picks. */
export function filesFromInput(list: FileList | null): PickedFile[] {
  return keyed(
    [...(list ?? [])]
      .map((f) => picked(f.webkitRelativePath || f.name, f))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  );
}

function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    // readEntries returns at most 100 entries per call in Chromium; call until it returns none.
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function walkEntry(entry: FileSystemEntry, out: Unkeyed[]): Promise<void> {
  const name = entry.fullPath.replace(/^\//, '');
  if (entry.isFile) {
    await new Promise<void>((resolve) =>
      (entry as FileSystemFileEntry).file(
        (file) => {
          out.push(picked(name, file));
          resolve();
        },
        (err) => {
          out.push(picked(name, null, err.message || 'the browser could not read it'));
          resolve();
        },
      ),
    );
    return;
  }
  if (entry.isDirectory) {
    let children: FileSystemEntry[];
    try {
      children = await readAllEntries((entry as FileSystemDirectoryEntry).createReader());
    } catch (err) {
      out.push(picked(name, null, `the folder could not be read (${(err as Error).message})`));
      return;
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) await walkEntry(child, out);
  }
}

/**
 * Dropped files and folders. Must be called inside the drop handler: the browser empties
 * the DataTransfer once the event is over, so entries are taken synchronously first.
 */
export function filesFromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const items = [...transfer.items].filter((i) => i.kind === 'file');
  const entries = items.map((i) => i.webkitGetAsEntry?.() ?? null);
  const plain = [...transfer.files];
  return (async () => {
    if (entries.length === 0 || entries.some((e) => e === null)) return keyed(plain.map((f) => picked(f.name, f)));
    const out: Unkeyed[] = [];
    for (const entry of entries as FileSystemEntry[]) await walkEntry(entry, out);
    return keyed(out);
  })();
}

export function hasFiles(transfer: DataTransfer | null): boolean {
  return transfer !== null && [...transfer.types].includes('Files');
}

/** The file's bytes as base64, read natively by the browser (fast even for 20 MB). */
export function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the browser could not read the file'));
    reader.readAsDataURL(file);
  });
}

export function extensionOf(name: string): string {
  const base = name.split('/').pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}
