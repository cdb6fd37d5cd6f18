import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf-8'));

describe('packaging and pinned toolchain', () => {
  it('electron-builder targets AppImage and deb, nsis and dmg, with build/ as resources', () => {
    expect(pkg.build.directories.buildResources).toBe('build');
    expect(pkg.build.linux.target).toEqual(['AppImage', 'deb']);
    expect(pkg.build.win.target).toBe('nsis');
    expect(pkg.build.mac.target).toBe('dmg');
    expect(existsSync(new URL('../../../build/icon.png', import.meta.url))).toBe(true);
  });

  it('pins electron 45.x, vite 8.3.8 and vitest 4.1.12 exactly', () => {
    expect(pkg.devDependencies.electron).toMatch(/^45\.\d+\.\d+$/);
    expect(pkg.devDependencies.vite).toBe('8.3.8');
    expect(pkg.devDependencies.vitest).toBe('4.1.12');
  });
});
