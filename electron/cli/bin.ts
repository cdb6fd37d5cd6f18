// The `isnad` command's entry point. `npm run build:cli` bundles it (with the CLI and the
// services it uses) into out/cli/isnad.mjs, so a command starts as plain JavaScript.
import { main } from './main';

// A reader that stops early (isnad suggest … --json | head) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
process.exitCode = await main(process.argv.slice(2));
