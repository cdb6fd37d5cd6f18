import { fileURLToPath } from 'node:url';
import { startHost } from '../../host/server';
import { staticRootExists } from '../../host/static';
import { openServices } from '../../services/api';
import { APP_VERSION } from '../../services/version';
import type { Command } from '../command';
import { UsageError, parseOptions } from '../command';
import { corpusDirFrom } from '../corpus';

export const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--corpus DIR] [--port N] [--annotator "NAME <EMAIL>"]',
  summary: 'Browser mode: serve the app on 127.0.0.1 with a one-time token.',
  async run(argv, io) {
    const { values } = parseOptions(argv, { corpus: { type: 'string' }, port: { type: 'string' }, annotator: { type: 'string' } });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, got "${values.port}"`);
    if (!(await staticRootExists(RENDERER_DIR))) {
      throw new UsageError(`the renderer is not built (${RENDERER_DIR}); run "npm run serve", which builds it first`);
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
      host = await startHost({ services, staticDir: RENDERER_DIR, port });
    } catch (err) {
      await services.close();
      throw err;
    }
    io.out(`Isnad is running in browser mode. Open this address (it carries the access token):`);
    io.out(host.url);
    io.out(`Corpus: ${services.ctx.store.dir}   (Ctrl+C to stop)`);
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
