/**
 * Every name the transports put on the wire, written once: the IPC channels of the desktop
 * app and the paths and headers of the browser-mode host. The main process, the preload,
 * the host and the renderer client all build their names from these.
 */

/** Desktop: one ipcMain.handle channel per operation. */
export const IPC_PREFIX = 'isnad:';
/** Desktop: one webContents.send channel per event. */
export const IPC_EVENT_PREFIX = 'isnad:event:';

/** Browser mode: operations are POSTed to /api/<name> with a JSON body. */
export const HTTP_PREFIX = '/api/';
/** Browser mode: the per-run token every API call carries. */
export const TOKEN_HEADER = 'x-isnad-token';
/** Browser mode: where a request cannot set a header (a download link, EventSource), the token rides in the query. */
export const TOKEN_QUERY = 'token';
/** Browser mode: GET <prefix><download id>?token=… hands a registered file to the browser. */
export const DOWNLOAD_PREFIX = `${HTTP_PREFIX}download/`;
/** Browser mode: the largest request body the host reads (uploads travel inside JSON, so this is generous). */
export const MAX_REQUEST_BYTES = 100 * 1024 * 1024;
/**
 * The largest file the renderer sends as text inside one request (a W3C Web Annotation file
 * to place on a document; datasets go to disk instead, see DATASET_UPLOAD_PATH). The file's
 * text grows inside a JSON string (escaped quotes, line ends), so it is kept well under
 * MAX_REQUEST_BYTES; larger files go through the CLI.
 */
export const MAX_UPLOAD_BYTES = 80 * 1024 * 1024;
/**
 * Browser mode: a dataset to import back is POSTed here as the file's own bytes
 * (`?name=<file name>`), written to a temp file as it arrives and read from there like a
 * file on disk: no string of the whole file on either side. Answers with the stage's preview,
 * as `stageDataset` does.
 */
export const DATASET_UPLOAD_PATH = `${HTTP_PREFIX}upload/dataset`;
/**
 * The largest dataset file taken for import-back, by the browser-mode host and by the desktop
 * app's piece-by-piece upload alike (ISNAD_MAX_DATASET_MB sets another; larger ones go through the CLI).
 */
export const MAX_DATASET_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;
/** Browser mode: GET ?token=… opens the Server-Sent Events stream of the contract's events. */
export const EVENTS_PATH = `${HTTP_PREFIX}events`;

export function ipcChannel(operation: string): string {
  return IPC_PREFIX + operation;
}

export function ipcEventChannel(event: string): string {
  return IPC_EVENT_PREFIX + event;
}

export function httpPath(operation: string): string {
  return HTTP_PREFIX + operation;
}
