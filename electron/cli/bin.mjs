#!/usr/bin/env node
// Runs the TypeScript CLI straight from the repository, with no build step after npm install.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
