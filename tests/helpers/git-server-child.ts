// The test git server in a process of its own, so a benchmark's CPU figures are the
// client's alone. Usage: git-server-child.ts ROOT TOKEN; prints "ORIGIN http://…".
import { startGitServer } from './git-server';

const [root, token] = process.argv.slice(2) as [string, string];
const server = await startGitServer({ tokens: { [token]: 'desk' }, root });
process.stdout.write(`ORIGIN ${server.origin}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
