import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Services } from '../../electron/services/api';
import { openTestServices } from './services';
import { tempDirs } from './temp';

/**
 * Services on a fresh corpus in a temp folder, opened by a test and closed (and the folder
 * removed) after it: the set-up many service tests repeated. Call at the top of a test file.
 */
export function servicesPerTest() {
  const temp = tempDirs();
  const opened: Services[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    await temp.cleanup();
  });
  return {
    temp,
    /** Services on `corpusDir` (a test reopening a corpus), else on a new corpus folder (`corpus` inside a fresh temp folder). */
    async open(corpusDir?: string): Promise<Services> {
      const services = await openTestServices(corpusDir ?? join(await temp.make(), 'corpus'));
      opened.push(services);
      return services;
    },
    /** Services the test opened its own way (desktop mode, a save dialog), closed after it like the others. */
    track(services: Services): Services {
      opened.push(services);
      return services;
    },
    /** Closes services now (a test that reopens the corpus); they are not closed again after it. */
    async close(services: Services): Promise<void> {
      const at = opened.indexOf(services);
      if (at >= 0) opened.splice(at, 1);
      await services.close();
    },
  };
}
