import { buildCliIfStale, buildRendererIfStale } from '../../scripts/build-outputs';

/**
 * Tests that run `isnad` in its own process run the built command, and the fault suite's
 * `isnad serve` serves the built renderer: build each once per run, when its sources changed.
 */
export default function setup(): void {
  buildCliIfStale();
  buildRendererIfStale();
}
