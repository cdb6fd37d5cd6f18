/** Accept all takes suggestions whose confidence is at least this (placeholder until calibrated). */
export const ACCEPT_ALL_THRESHOLD = 0.8;
