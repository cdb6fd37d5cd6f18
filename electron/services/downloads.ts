import { IsnadError } from '../../shared/contract/errors';
import { newId } from './corpus/ids';

export interface Download {
  id: string;
  path: string;
  fileName: string;
  contentType: string;
}

/**
 * Files the browser-mode host may hand to the user's browser (exports, reports). Only a
 * registered id is served, never an arbitrary path from a request.
 */
export class DownloadRegistry {
  readonly #downloads = new Map<string, Download>();

  register(path: string, fileName: string, contentType: string): Download {
    const download = { id: newId('f'), path, fileName, contentType };
    this.#downloads.set(download.id, download);
    return download;
  }

  get(id: string): Download {
    const download = this.#downloads.get(id);
    if (!download) throw new IsnadError('not_found', `no download with id "${id}"`, 'id');
    return download;
  }
}
