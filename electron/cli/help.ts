import { cli } from './language';
import type { CommandUsage } from './usage';

/** Terminals are at least this wide; every help line fits. */
export const HELP_WIDTH = 80;

/**
 * Breaks `text` into lines of at most `width` columns at spaces, never inside a word or
 * an option's bracket (`[--type T]` stays whole); continuation lines start with `indent`.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  const words = text.match(/\[[^\]]*\]…?|\S+/g) ?? [];
  const lines: string[] = [];
  let line = /^\s*/.exec(text)?.[0] ?? '';
  let empty = true;
  for (const word of words) {
    if (empty) line += word;
    else if (`${line} ${word}`.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line += ` ${word}`;
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}

/** `isnad <command> --help`: its usage, what it does and its options, within 80 columns. */
export function commandHelp(command: CommandUsage): string {
  const { t } = cli();
  const usage = `${t('cli.help.usage')} isnad ${command.usage}`;
  const lines = [...wrap(usage, HELP_WIDTH, '         '), '', ...wrap(t(command.summary), HELP_WIDTH)];
  if (command.options?.length) {
    lines.push('', t('cli.help.options'));
    const width = Math.min(24, Math.max(...command.options.map(([flag]) => flag.length)));
    for (const [flag, id] of command.options) {
      const what = t(id);
      const head = `  ${flag.padEnd(width)}  `;
      if (head.length > width + 4) {
        lines.push(`  ${flag}`, ...wrap(`${' '.repeat(width + 4)}${what}`, HELP_WIDTH, ' '.repeat(width + 4)));
      } else {
        lines.push(...wrap(`${head}${what}`, HELP_WIDTH, ' '.repeat(head.length)));
      }
    }
  }
  return lines.join('\n');
}

/** `isnad --help`: every command's usage and summary, within 80 columns. */
export function overviewHelp(commands: readonly CommandUsage[]): string {
  const { t } = cli();
  const lines = [t('cli.help.overview', { synopsis: 'isnad <command> [options]', perCommand: 'isnad <command> --help' }), ''];
  for (const c of commands) {
    lines.push(...wrap(`  ${c.usage}`, HELP_WIDTH, '      '), ...wrap(`      ${t(c.summary)}`, HELP_WIDTH, '      '));
  }
  lines.push('', ...wrap(t('cli.help.global'), HELP_WIDTH));
  return lines.join('\n');
}
