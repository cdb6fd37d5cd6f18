import type { SpeakerChangeResult } from '../../../../shared/contract/speakers';

/** Runs a registry change and reports it (with the way back), or the failure; null when it failed. */
export type Change = (work: () => Promise<SpeakerChangeResult>, failure: string) => Promise<SpeakerChangeResult | null>;
