import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ReportFile } from '../../../shared/contract/search';
import { fileNamePart } from '../../../shared/exchange/request';
import type { AppMode } from '../../../shared/contract/app';
import type { CorpusStore } from '../corpus/store';
import { writeFileAtomic } from '../corpus/durable-file';
import type { DownloadRegistry } from '../downloads';

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
} as const;

/** A file name safe on every system, keeping Arabic letters (the export's rule). */
export function safeFileName(name: string): string {
  return fileNamePart(name, 80) || 'isnad';
}

/**
 * What a report needs of the services to reach the user; ServiceContext has it all. Declared
 * here rather than taken from api/context so that services below the API do not import it.
 */
export interface ReportDestination {
  mode: AppMode;
  downloads: DownloadRegistry;
  store: Pick<CorpusStore, 'dir'>;
  saveDialog?: (suggestedName: string) => Promise<string | null>;
}

/**
 * Browser mode registers the file for the download link. The desktop app asks where to
 * save it (an empty `savedTo` and `downloadId` mean the user cancelled); without a dialog
 * it saves into the Downloads folder (or the corpus's reports folder) and says where.
 */
export async function saveReport(
  ctx: ReportDestination,
  fileName: string,
  format: keyof typeof CONTENT_TYPES,
  content: string,
  rows: number,
): Promise<ReportFile> {
  if (ctx.mode === 'desktop' && ctx.saveDialog) {
    const path = await ctx.saveDialog(fileName);
    if (!path) return { downloadId: '', fileName, savedTo: '', rows };
    await writeFileAtomic(path, content);
    return { downloadId: '', fileName, savedTo: path, rows };
  }
  if (ctx.mode === 'desktop') {
    let folder = join(homedir(), 'Downloads');
    await mkdir(folder, { recursive: true }).catch(() => {
      folder = join(ctx.store.dir, 'reports');
    });
    await mkdir(folder, { recursive: true });
    const path = join(folder, fileName);
    await writeFileAtomic(path, content);
    return { downloadId: '', fileName, savedTo: path, rows };
  }
  const dir = await ctx.downloads.scratch('report');
  await writeFile(join(dir, fileName), content);
  const download = await ctx.downloads.register(dir, fileName, CONTENT_TYPES[format]);
  return { downloadId: download.id, fileName, savedTo: '', rows };
}
