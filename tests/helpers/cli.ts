import { main } from '../../electron/cli/main';

/** Runs the CLI in-process, capturing what it prints line by line. */
export async function runCliLines(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** The same, with output joined into one string per stream. */
export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, out, err } = await runCliLines(argv);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
