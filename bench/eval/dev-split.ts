/**
 * The blind development sets gold/blind-f-dev, gold/blind-i-dev and gold/blind-j-dev are each split so the rules can be tuned on two
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
  // gold/blind-i-dev (batch I, writers w13–w16): its check part is scored, never studied.
  'w13-ar-analysis-grid-link',
  'w13-ar-jo-court-drugs',
  'w13-ar-ps-local-beita',
  'w13-ar-sy-ngo-water',
  'w14-ar-eg-rail-tv-interview',
  'w14-ar-ma-parliament-water',
  'w14-ar-sa-vitamin-d-study',
  'w14-ar-ye-aden-power-cuts',
  'w15-en-balabac-survey-ship',
  'w15-en-ghana-superbug-feature',
  'w15-en-lagos-court-fraud',
  'w15-en-us-jobs-report',
  'w16-en-brenner-obit',
  'w16-en-ep-packaging',
  'w16-en-ohio-appeal',
  'w16-en-uganda-budget',
  // gold/blind-j-dev (batch J, writers w17–w20): its check part is scored, never studied.
  'w17-ar-ae-rain-live',
  'w17-ar-kw-pension-fraud-court',
  'w17-ar-sa-budget-2027',
  'w17-ar-ye-fuel-court',
  'w18-ar-business-solar',
  'w18-ar-presser-electricity',
  'w18-ar-scraped-hajj',
  'w18-ar-tv-interview-electricity',
  'w19-en-defra-flood-defences-release',
  'w19-en-homeless-charity-qa',
  'w19-en-rail-strike-live',
  'w19-en-victory-wanderers-match',
  'w20-en-delhi-hc-gst-bail',
  'w20-en-lahore-smog-schools',
  'w20-en-qatar-food-security-qa',
  'w20-en-water-budget-vote',
]);

export const devPart = (id: string): 'tune' | 'check' => (DEV_CHECK.has(id) ? 'check' : 'tune');
