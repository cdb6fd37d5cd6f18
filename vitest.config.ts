import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** The machine key that binds `.isnad/` caches to this machine (local-origin.ts): a temp file, never the user's. */
const machineKey = process.env.ISNAD_MACHINE_KEY || join(tmpdir(), 'isnad-tests', 'machine-key');

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'shared/**/*.test.ts', 'electron/**/*.test.ts'],
    environment: 'node',
    env: { ISNAD_MACHINE_KEY: machineKey },
    globalSetup: ['tests/setup/build-cli.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
