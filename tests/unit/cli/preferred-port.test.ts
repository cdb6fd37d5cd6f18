import { describe, expect, it } from 'vitest';
import { PREFERRED_PORTS, portUnavailable, preferredPort } from '../../../electron/cli/preferred-port';

describe('the port isnad serve prefers for a corpus', () => {
  it('is the same for the same folder, however it is written, and lies in its range', () => {
    const port = preferredPort('/home/reporter/corpus');
    expect(preferredPort('/home/reporter/./corpus/')).toBe(port);
    expect(port).toBeGreaterThanOrEqual(PREFERRED_PORTS.first);
    expect(port).toBeLessThan(PREFERRED_PORTS.first + PREFERRED_PORTS.count);
  });

  it('differs between folders', () => {
    const ports = new Set(['/desk/a', '/desk/b', '/desk/c', '/desk/d', '/desk/e'].map(preferredPort));
    expect(ports.size).toBeGreaterThan(3);
  });

  it('gives way only when the port is taken or forbidden', () => {
    expect(portUnavailable(Object.assign(new Error('taken'), { code: 'EADDRINUSE' }))).toBe(true);
    expect(portUnavailable(Object.assign(new Error('forbidden'), { code: 'EACCES' }))).toBe(true);
    expect(portUnavailable(new Error('something else'))).toBe(false);
    expect(portUnavailable(null)).toBe(false);
  });
});
