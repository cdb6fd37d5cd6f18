#!/usr/bin/env node
// Runs the TypeScript CLI straight from the repository, with no build step after npm install.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (isnad suggest … --json | head) is not an error worth a stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
