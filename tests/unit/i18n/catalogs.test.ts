import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS, AREA_FILES, CATALOGS } from '../../../shared/i18n/catalogs';
import { catalogProblems, idsUsedIn } from '../../../shared/i18n/check';
import { ROOT } from '../../helpers/child';

/** Every source file that may show a message: the renderer, the Node side, shared code. */
async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sources(path)));
    else if (/\.(ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

describe('the message catalogs', () => {
  it('hold the same ids in English and Arabic, in the right area files, with the same ICU arguments and full plurals', () => {
    expect(catalogProblems(AREA_FILES)).toEqual([]);
  });

  it('have an entry, in every language, for each id the code uses', async () => {
    const missing: string[] = [];
    for (const dir of ['renderer/src', 'electron', 'shared']) {
      for (const file of await sources(join(ROOT, dir))) {
        const text = await readFile(file, 'utf8');
        for (const id of idsUsedIn(text, AREAS)) {
          for (const [language, catalog] of Object.entries(CATALOGS)) {
            if (!(id in catalog)) missing.push(`${relative(ROOT, file)}: ${id} has no ${language} message`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('fail on an id missing in Arabic, a changed argument, a missing Arabic plural form, a bad ICU message or an id in the wrong file', () => {
    const problems = catalogProblems({
      en: {
        library: {
          'library.count': '{count, plural, one {# document} other {# documents}}',
          'library.title': 'Library of {name}',
          'library.only': 'Only in English',
          'import.lost': 'In the wrong file',
        },
      },
      ar: {
        library: {
          'library.count': '{count, plural, one {مستند واحد} other {# مستندات}}',
          'library.title': 'مكتبة {owner}',
          'library.broken': '{count, plural, one {',
        },
      },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'en/library.json: import.lost does not start with "library."',
        'ar/library.json: library.count: {count, plural} lacks zero, two, few, many',
        'ar/library.json: library.title has arguments [owner:argument] but en has [name:argument]',
        expect.stringMatching(/^ar\/library\.json: library\.broken is not a valid ICU message/),
        'ar/library.json: library.only is missing',
        'ar/library.json: import.lost is missing',
      ]),
    );
  });

  it('find the ids a source file names', () => {
    const source = `/** e.g. t('library.in.comment') */\n  // t('library.line.comment')\nt('library.list.empty'); <T id="app.toolbar.import" />; const k = 'no.such'; x('settings.digits.arab')`;
    expect(idsUsedIn(source, AREAS).sort()).toEqual(['app.toolbar.import', 'library.list.empty', 'settings.digits.arab']);
  });
});
