import { buildCliIfStale, buildPreloadIfStale } from '../../scripts/build-outputs';

/**
 * The browser tests start the built `isnad serve`, and the desktop bridge tests load the
 * built preload: build each once per run, when its sources changed.
 */
export default function setup(): void {
  buildCliIfStale();
  buildPreloadIfStale();
}
