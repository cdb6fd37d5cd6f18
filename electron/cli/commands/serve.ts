import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHost } from '../../host/server';
import { staticRootExists } from '../../host/static';
import { openServices } from '../../services/api';
import { maxDatasetBytesFromEnv } from '../../services/exchange/dataset-upload';
import { APP_VERSION } from '../../services/version';
import type { Command } from '../command';
import { USAGES } from '../usage';
import { UsageError, parseOptions } from '../command';
import { corpusDirFrom } from '../corpus';
import { cli } from '../language';
import { portUnavailable, preferredPort } from '../preferred-port';

/**
 * The built renderer, out/renderer: found by walking up from this module, which is a chunk
 * under out/cli when the CLI is built, or electron/cli/commands when it runs from source
 * (the in-process tests).
 */
async function rendererDir(): Promise<string> {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here, up = 0; up < 5; up++, dir = dirname(dir)) {
    const candidate = basename(dir) === 'out' ? join(dir, 'renderer') : join(dir, 'out', 'renderer');
    if (await staticRootExists(candidate)) return candidate;
  }
  return join(here, 'out', 'renderer');
}

export const serveCommand: Command = {
  ...USAGES.serve,
  async run(argv, io) {
    const { values } = parseOptions(argv, { corpus: { type: 'string' }, port: { type: 'string' }, annotator: { type: 'string' } });
    const port = values.port === undefined ? null : Number(values.port);
    if (port !== null && (!Number.isInteger(port) || port < 0 || port > 65535))
      throw new UsageError('cli.usage.port', { min: 0, max: 65535, value: values.port });
    const staticDir = await rendererDir();
    if (!(await staticRootExists(staticDir))) {
      throw new UsageError('cli.usage.notBuilt', { dir: staticDir });
    }
    const services = await openServices({
      corpusDir: corpusDirFrom(values.corpus),
      mode: 'browser',
      version: APP_VERSION,
      owner: 'isnad serve',
      log: io.err,
      ...(values.annotator === undefined ? {} : { annotator: values.annotator }),
    });
    let host;
    try {
      // ISNAD_MAX_DATASET_MB: a lower (or higher) cap on a dataset file imported back in the browser (as in the desktop app).
      const start = (on: number) => startHost({ services, staticDir, port: on, maxDatasetBytes: maxDatasetBytesFromEnv() });
      // Without --port: the corpus's own port when free (preferred-port.ts), else any free one.
      host =
        port !== null
          ? await start(port)
          : await start(preferredPort(services.ctx.store.dir)).catch((err: unknown) => {
              if (portUnavailable(err)) return start(0);
              throw err;
            });
    } catch (err) {
      await services.close();
      throw err;
    }
    io.out(cli().t('cli.serve.running'));
    io.out(host.url);
    io.out(cli().t('cli.serve.corpus', { dir: services.ctx.store.dir }));
    const running = host;
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await running.close();
    await services.close();
    return 0;
  },
};
