import { buildCliIfStale } from '../../scripts/build-outputs';

/** Tests that run `isnad` in its own process run the built command; build it once per run. */
export default function setup(): void {
  buildCliIfStale();
}
