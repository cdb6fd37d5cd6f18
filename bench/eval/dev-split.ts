/**
 * The blind development set (gold/blind-f-dev) is split so the rules can be tuned on two
 * thirds and checked on the rest: within each writer's articles, sorted by id, every third
 * one from the second (indices 1, 4, 7, 10) is a check article. Misses of check articles
 * are never printed (`--details` refuses them); only their totals are.
 */
export const DEV_CHECK = new Set([
  'w1-ar-dz-court-embezzlement',
  'w1-ar-jo-court-state-security',
  'w1-ar-ly-local-fuel',
  'w1-ar-sd-humanitarian-fao',
  'w2-en-in-bihar-flood',
  'w2-en-ng-inflation-cbn',
  'w2-en-us-qa-oceanographer',
  'w2-en-za-scraped-water-outage',
  'w3-ar-egypt-oped-wages-inflation',
  'w3-ar-lana-noc-production',
  'w3-ar-qatar-scraped-vegetable-market',
  'w3-ar-syria-hama-prices',
  'w4-en-bbc-price-cap-explainer',
  'w4-en-council-trash-contract',
  'w4-en-retailer-earnings',
  'w4-en-zeeky-interview',
]);

export const devPart = (id: string): 'tune' | 'check' => (DEV_CHECK.has(id) ? 'check' : 'tune');
