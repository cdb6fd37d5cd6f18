// The attribute lets plain Node (and Playwright's loader) import JSON as the bundlers do.
import pkg from '../../package.json' with { type: 'json' };

export const APP_VERSION: string = pkg.version;
export const APP_NAME = 'Isnad';
