import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate';
import { defaultSettings } from '../../../shared/i18n/locale';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

describe('the interface language and digits', () => {
  it('are null until chosen, then remembered on disk across a reopen, and every window is told', async () => {
    const dir = await temp.make();
    let services = await openTestServices(dir);
    expect(await services.dispatch('getInterfaceSettings', {})).toEqual({ ok: true, value: null });
    const told: unknown[] = [];
    services.ctx.events.subscribe((name, payload) => name === 'interfaceSettingsChanged' && told.push(payload));
    expect(await services.dispatch('setInterfaceSettings', { language: 'ar', digits: 'latn' })).toMatchObject({ ok: true });
    expect(told).toEqual([{ language: 'ar', digits: 'latn' }]);
    await services.close();
    services = await openTestServices(dir);
    expect(await services.dispatch('getInterfaceSettings', {})).toEqual({ ok: true, value: { language: 'ar', digits: 'latn' } });
    await services.close();
  });

  it('refuse an unknown language or digits, or an extra field, and keep what was stored', async () => {
    const dir = await temp.make();
    const services = await openTestServices(dir);
    await services.dispatch('setInterfaceSettings', { language: 'en', digits: 'arab' });
    const file = join(dir, '.isnad', 'interface.json');
    const before = await readFile(file, 'utf8');
    for (const [input, field] of [
      [{ language: 'fr', digits: 'arab' }, 'language'],
      [{ language: 'ar', digits: 'roman' }, 'digits'],
      [{ language: 'ar' }, 'digits'],
    ] as const) {
      expect(await services.dispatch('setInterfaceSettings', input)).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    }
    expect((await services.dispatch('setInterfaceSettings', { language: 'ar', digits: 'arab', theme: 'dark' })).ok).toBe(false);
    expect(await readFile(file, 'utf8')).toBe(before);
    // A file damaged by hand reads as "not chosen": the app follows the system language again.
    await writeFile(file, '{"language": "klingon"');
    expect(await services.dispatch('getInterfaceSettings', {})).toEqual({ ok: true, value: null });
    await services.close();
  });
});

describe('the Node translator', () => {
  it('gives Arabic its six plural forms in the chosen digits, and English one and other', () => {
    const arab = createTranslator({ language: 'ar', digits: 'arab' });
    const latn = createTranslator({ language: 'ar', digits: 'latn' });
    const en = createTranslator({ language: 'en', digits: 'arab' });
    const counts = [0, 1, 2, 3, 11, 100];
    expect(counts.map((count) => arab.t('library.item.annotations', { count }))).toEqual([
      'لا تعليقات توضيحية',
      'تعليق توضيحي واحد',
      'تعليقان توضيحيان',
      '٣ تعليقات توضيحية',
      '١١ تعليقًا توضيحيًا',
      '١٠٠ تعليق توضيحي',
    ]);
    expect(latn.t('library.item.annotations', { count: 11 })).toBe('11 تعليقًا توضيحيًا');
    expect([1, 2].map((count) => en.t('library.item.annotations', { count }))).toEqual(['1 annotation', '2 annotations']);
    expect(arab.isoDate('2024-10-07')).toBe('٢٠٢٤-١٠-٠٧');
    expect(latn.isoDate('2024-10-07T10:00:00Z')).toBe('2024-10-07');
    expect(en.number(1234567)).toBe('1,234,567');
  });

  it('follows the first preferred language it has, else English', () => {
    expect(defaultSettings(['ar-EG', 'en-US']).language).toBe('ar');
    expect(defaultSettings(['fr-FR', 'en-GB']).language).toBe('en');
    expect(defaultSettings(['de']).language).toBe('en');
    expect(defaultSettings(['ar_SA.UTF-8']).language).toBe('ar');
  });
});
