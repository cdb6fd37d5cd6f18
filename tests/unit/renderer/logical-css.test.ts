import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/child';

/**
 * In Arabic the whole chrome mirrors (dir="rtl" on the page), which only works if styles say
 * "start" and "end" rather than "left" and "right": margin-inline-start, padding-inline-end,
 * inset-inline-start, text-align: start. A physical side is allowed only where a box spans the
 * whole width (left: 0 with width: 100%) or sits on a measured pixel position (the selection
 * edges, drawn over the text at the caret's own coordinates).
 */
const PHYSICAL =
  /(?:^|[;{\s])((?:margin|padding|border)-(?:left|right)(?:-[a-z]+)?\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)|clear\s*:\s*(?:left|right))/g;
const SIDE = /(?:^|[;{\s])(left|right)\s*:\s*([^;]+);/g;

async function stylesheets(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await stylesheets(path)));
    else if (entry.name.endsWith('.css')) out.push(path);
  }
  return out;
}

/** Each rule of a stylesheet as [selector, body], comments removed. */
function rules(css: string): Array<[string, string]> {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...clean.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => [(m[1] ?? '').trim(), m[2] ?? '']);
}

/** What in a stylesheet names a physical side where a logical one belongs, as "selector: declaration". */
function physicalSides(css: string): string[] {
  const found: string[] = [];
  for (const [selector, body] of rules(css)) {
    for (const m of body.matchAll(PHYSICAL)) found.push(`${selector}: ${m[1]}`);
    for (const m of body.matchAll(SIDE)) {
      const fullWidth = m[2]?.trim() === '0' && /width\s*:\s*100%/.test(body);
      const overlayAtCaret = /^\.edge(::before|::after)?$/.test(selector);
      if (!fullWidth && !overlayAtCaret) found.push(`${selector}: ${m[1]}: ${m[2]?.trim()}`);
    }
  }
  return found;
}

describe('the chrome mirrors in Arabic', () => {
  it('styles use logical properties (start/end), never a physical left or right side', async () => {
    const found: string[] = [];
    for (const file of await stylesheets(join(ROOT, 'renderer', 'src'))) {
      for (const hit of physicalSides(await readFile(file, 'utf8'))) found.push(`${relative(ROOT, file)}: ${hit}`);
    }
    expect(found).toEqual([]);
  });

  it('the scan catches a physical margin, alignment or side, and lets a full-width row through', () => {
    const css = [
      '.card { margin-left: 4px; padding: 2px; }',
      '.hint { text-align: right; }',
      '.tip { position: absolute; right: 8px; }',
      '.row { position: absolute; left: 0; width: 100%; }',
      '.ok { margin-inline-start: 4px; text-align: start; inset-inline-end: 8px; }',
    ].join('\n');
    expect(physicalSides(css)).toEqual(['.card: margin-left:', '.hint: text-align: right', '.tip: right: 8px']);
  });
});
