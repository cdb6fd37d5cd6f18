export { suggest, type SuggestOptions } from './engine';
export type { ExcludedRange } from './regions';
