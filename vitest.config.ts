import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'shared/**/*.test.ts', 'electron/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/setup/build-cli.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
