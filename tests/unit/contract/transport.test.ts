import { describe, expect, it } from 'vitest';
import { eventNames, operationNames } from '../../../shared/contract';
import { DOWNLOAD_PREFIX, EVENTS_PATH, httpPath, ipcChannel, ipcEventChannel } from '../../../shared/contract/transport';

describe('transport names', () => {
  it('no operation shadows the download path or the event stream, and no event channel is an operation channel', () => {
    const paths = operationNames.map(httpPath);
    expect(paths).not.toContain(EVENTS_PATH);
    expect(paths.filter((p) => `${p}/` === DOWNLOAD_PREFIX)).toEqual([]);
    const channels = new Set(operationNames.map(ipcChannel));
    for (const name of eventNames) expect(channels.has(ipcEventChannel(name)), name).toBe(false);
  });
});
