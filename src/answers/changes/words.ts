/**
 * The word lists behind meaning-change detection, in one place. Every list is sorted and free of duplicates
 * (a test checks), lower-case and folded (no accents, apostrophes dropped), so a look-up is one Set test.
 */

/** Words that turn a statement into its opposite. "n't" and "cannot" are expanded to "not" before the look-up. */
export const NEGATIONS: readonly string[] = ['neither', 'never', 'no', 'nobody', 'none', 'nor', 'not', 'nothing', 'nowhere'];

/** Modal verbs and hedges: replacing, adding or dropping one changes how sure or how bound the speaker is. */
export const MODALS: readonly string[] = [
  'can',
  'certainly',
  'could',
  'definitely',
  'likely',
  'may',
  'maybe',
  'might',
  'must',
  'ought',
  'perhaps',
  'possibly',
  'probably',
  'shall',
  'should',
  'surely',
  'unlikely',
  'will',
  'would',
];

/** Words that state a quantity without a figure ("some" / "all", "millions" / "thousands"). */
export const QUANTITIES: readonly string[] = [
  'all',
  'any',
  'as few as',
  'as many as',
  'at least',
  'at most',
  'billions',
  'dozens',
  'each',
  'every',
  'few',
  'fewer',
  'half',
  'hundreds',
  'less',
  'majority',
  'many',
  'millions',
  'minority',
  'more',
  'most',
  'much',
  'numerous',
  'several',
  'some',
  'thousands',
  'trillions',
];

/** Quantity words that say the same thing: compared as the word they map to. */
export const SAME_QUANTITY: Readonly<Record<string, string>> = { each: 'all', every: 'all' };

/** Number words, by value: "thirty" and "30" are the same figure, "both" and "two" the same count. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  both: 2,
  eight: 8,
  eighteen: 18,
  eighty: 80,
  eleven: 11,
  fifteen: 15,
  fifty: 50,
  five: 5,
  forty: 40,
  four: 4,
  fourteen: 14,
  nine: 9,
  nineteen: 19,
  ninety: 90,
  one: 1,
  seven: 7,
  seventeen: 17,
  seventy: 70,
  six: 6,
  sixteen: 16,
  sixty: 60,
  ten: 10,
  thirteen: 13,
  thirty: 30,
  three: 3,
  twelve: 12,
  twenty: 20,
  two: 2,
  zero: 0,
};

/** Words that multiply the figure before them ("3.5 million", "two hundred", "a dozen"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  billion: 1e9,
  dozen: 12,
  hundred: 100,
  million: 1e6,
  thousand: 1e3,
  trillion: 1e12,
};

/** Words after a figure that make it a percentage. */
export const PERCENT_WORDS: readonly string[] = ['pct', 'percent', 'percentage'];

/** Phrases that open a condition clause, as word sequences; the longest match wins. */
export const CONDITION_MARKERS: readonly string[] = [
  'as long as',
  'assuming that',
  'if',
  'in case',
  'in the event that',
  'on condition that',
  'only if',
  'provided that',
  'providing that',
  'so long as',
  'unless',
];

/**
 * Phrases of two or three words read as one word: "no one" is a negation like "nobody", not a "no" and a figure;
 * "as much as" bounds a figure ("as much as one gallon"), no "much" of its own.
 */
export const FIXED_PHRASES: Readonly<Record<string, string>> = {
  'as few as': 'as few as',
  'as little as': 'as few as',
  'as many as': 'as many as',
  'as much as': 'as many as',
  'at least': 'at least',
  'at most': 'at most',
  'each other': 'each other',
  'no one': 'nobody',
  'one another': 'each other',
};

/**
 * Function words whose change alone leaves a quotation's meaning as it was (articles, prepositions,
 * conjunctions, auxiliaries, relatives). Pronouns are not among them: "we" and "they" are different people.
 * "'s" stands for the clitic of "it's" / "Beijing's".
 */
export const FUNCTION_WORDS: readonly string[] = [
  "'s",
  'a',
  'about',
  'across',
  'after',
  'against',
  'along',
  'also',
  'although',
  'am',
  'amid',
  'among',
  'an',
  'and',
  'are',
  'around',
  'as',
  'at',
  'be',
  'because',
  'been',
  'before',
  'being',
  'between',
  'but',
  'by',
  'did',
  'do',
  'does',
  'during',
  'each other',
  'for',
  'from',
  'had',
  'has',
  'have',
  'having',
  'in',
  'into',
  'is',
  'it',
  'its',
  'of',
  'on',
  'onto',
  'or',
  'over',
  'per',
  'since',
  'so',
  'than',
  'that',
  'the',
  'then',
  'there',
  'these',
  'this',
  'those',
  'though',
  'through',
  'to',
  'toward',
  'towards',
  'upon',
  'very',
  'via',
  'was',
  'were',
  'what',
  'when',
  'whenever',
  'where',
  'whereas',
  'wherever',
  'which',
  'while',
  'who',
  'whom',
  'whose',
  'with',
  'within',
];

/**
 * Function words that open a phrase of place, time or relation ("before the rains", "along the canal"): words added or
 * left out are shown from one, as what they say hangs on it ("adds “before the rains”", not "adds “rains”").
 */
export const PREPOSITIONS: readonly string[] = [
  'about',
  'across',
  'after',
  'against',
  'along',
  'amid',
  'among',
  'around',
  'at',
  'before',
  'between',
  'by',
  'during',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'onto',
  'over',
  'since',
  'through',
  'toward',
  'towards',
  'upon',
  'via',
  'with',
  'within',
];

/**
 * Words that put a clause after them as thought, said or held true: a negation a few words before one denies
 * that clause ("I do not think the council will approve it", "it is not true that …", "nobody believes …").
 */
export const CLAIM_FRAMES: readonly string[] = [
  'believe',
  'believed',
  'believes',
  'claim',
  'claimed',
  'claims',
  'expect',
  'expected',
  'expects',
  'said',
  'say',
  'says',
  'sure',
  'think',
  'thinks',
  'thought',
  'true',
];

/**
 * Verbs of saying in the past ("X said the navies would …"): after one, the member's words are reported speech, and a
 * modal is in its back-shifted form (`BACKSHIFTED_MODALS`).
 */
export const PAST_SAYING_VERBS: readonly string[] = [
  'added',
  'announced',
  'argued',
  'claimed',
  'declared',
  'explained',
  'insisted',
  'noted',
  'promised',
  'replied',
  'said',
  'stated',
  'stressed',
  'told',
  'warned',
];

/**
 * A modal of reported speech and the form the speaker said it in ("would" for "will"); "would" may also stand for
 * no modal at all (a plan in the present: "we push" reported as "they would push").
 */
export const BACKSHIFTED_MODALS: Readonly<Record<string, string>> = { could: 'can', might: 'may', would: 'will' };

/** Possessive determiners: they go with the noun after them when words only move. */
export const POSSESSIVE_DETERMINERS: readonly string[] = ['her', 'his', 'its', 'my', 'our', 'their', 'your'];

/**
 * Pronouns an outlet may replace in square brackets by whom or what they mean ("[The city] will …" for "We
 * will …"); with POSSESSIVE_DETERMINERS, the words such brackets may stand for.
 */
export const PRONOUNS: readonly string[] = [
  'he',
  'him',
  'i',
  'it',
  'me',
  'she',
  'that',
  'them',
  'these',
  'they',
  'this',
  'those',
  'us',
  'we',
  'you',
];

/**
 * Subject pronouns: one dropped from the start of a quotation whose outlet's sentence names the subject outside the
 * marks (“The board, she said, "will …"” for "We will …") is no edit of what was said.
 */
export const SUBJECT_PRONOUNS: readonly string[] = ['he', 'i', 'it', 'she', 'they', 'we', 'you'];

/** Bases of "n't" contractions that are not the verb itself ("won't" = will not, "can't" = can not). */
export const NOT_CONTRACTION_BASES: Readonly<Record<string, string>> = { ai: 'is', ca: 'can', sha: 'shall', wo: 'will' };

/**
 * Bases of "n't" contractions typed without the apostrophe ("doesnt", "cant"): members type them so, and "doesnt"
 * is as much a negation as "doesn't".
 */
export const UNMARKED_NOT_BASES: readonly string[] = [
  'ai',
  'are',
  'ca',
  'could',
  'did',
  'do',
  'does',
  'had',
  'has',
  'have',
  'is',
  'might',
  'must',
  'need',
  'should',
  'was',
  'were',
  'wo',
  'would',
];

/** Clitics after an apostrophe and the word they stand for ("we'll" = we will); "'d" is decided by its context. */
export const CLITICS: Readonly<Record<string, string>> = { ll: 'will', m: 'am', re: 'are', s: "'s", ve: 'have' };

/** Words ending in "s" that are not plurals of a word without it ("news" is not more than one "new"). */
export const NOT_PLURALS: readonly string[] = ['always', 'means', 'news', 'series', 'species', 'thus'];

/** British spellings rewritten to American ones before comparison (organise/organize, defence/defense, centre/center). */
export const SPELLING_RULES: readonly (readonly [RegExp, string])[] = [
  [/(?<=\w{3})is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/(?<=\w{2})ys(e|es|ed|ing)$/, 'yz$1'],
  [/(?<=\w{2})(fen|cen)ce(s?)$/, '$1se$2'],
  [/(?<=\w{3})our(s|ed|ing|able|ite|ites)?$/, 'or$1'],
  [/(?<=\w{3}[^aeiou])re(s|d)?$/, 'er$1'],
  [/(?<=\w{2})ogue(s?)$/, 'og$1'],
  [/(?<=[aeiou][^aeiou]*[aeiou])ll(ed|ing|er|ers)$/, 'l$1'],
  [/(?<=\w{3})mme(s?)$/, 'm$1'],
];

/** Letters that transliterations of one name differ in (Nikolai / Nikolay, Yevmenov / Evmenov, Kyiv / Kiev). */
export const TRANSLITERATION_LETTERS = /[aeiouyjhw]/g;
