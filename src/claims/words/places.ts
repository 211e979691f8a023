/**
 * Names of places that a capitalised run may spell out exactly and that are never a person on their own: the US
 * states and the capital district. Countries come from the `countries-list` package (index.ts). Multi-word names are
 * one entry each, words separated by single spaces, as their tokens read in lower case.
 */

/** The fifty states, the District of Columbia and its short forms ("Washington D.C." as a run of two words). */
export const US_STATES: readonly string[] = Object.freeze([
  'alabama',
  'alaska',
  'arizona',
  'arkansas',
  'california',
  'colorado',
  'connecticut',
  'd.c.',
  'delaware',
  'district of columbia',
  'florida',
  'georgia',
  'hawaii',
  'idaho',
  'illinois',
  'indiana',
  'iowa',
  'kansas',
  'kentucky',
  'louisiana',
  'maine',
  'maryland',
  'massachusetts',
  'michigan',
  'minnesota',
  'mississippi',
  'missouri',
  'montana',
  'nebraska',
  'nevada',
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'ohio',
  'oklahoma',
  'oregon',
  'pennsylvania',
  'rhode island',
  'south carolina',
  'south dakota',
  'tennessee',
  'texas',
  'utah',
  'vermont',
  'virginia',
  'washington',
  'washington d.c.',
  'west virginia',
  'wisconsin',
  'wyoming',
]);

/**
 * Last words of a geographic feature's name ("the South China Sea", "the Persian Gulf", "Silicon Valley"): a run of two
 * words or more ending in one is a place, never a person. Not words that are often surnames too ("Bay", "Hill", "Lake",
 * "River").
 */
export const GEOGRAPHIC_FEATURES: readonly string[] = Object.freeze([
  'canyon',
  'coast',
  'desert',
  'gulf',
  'islands',
  'mountains',
  'ocean',
  'peninsula',
  'sea',
  'strait',
  'valley',
]);
