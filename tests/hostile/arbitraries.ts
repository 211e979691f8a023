/**
 * Hostile text for property tests: whatever a member can type into an option or a thread message.
 * Fragments are mixed with words of the project's own choosing that the seed corpus contains, so some
 * inputs reach real matches (and their rendering) rather than always falling through to "not found".
 */
import fc from 'fast-check';

/** Pieces that have broken bots before: mentions, Markdown, controls, invisible and bidi marks, surrogates. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  '@everyone',
  '@here',
  '@ everyone',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&234567890123456789>',
  '<#345678901234567890>',
  '<a:x:1>',
  '```',
  '```js\n',
  '`',
  '**',
  '__',
  '~~',
  '||',
  '> ',
  '# ',
  '-# ',
  '[x](https://e.example)',
  '\\',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\u007f',
  '\u0085',
  '\r\n',
  '\t',
  '\u000b',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\udbff\udfff',
  '😀',
  '👩‍👩‍👧',
  'ي',
  'ש',
  'Ω',
  'ß',
  'İ',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal "${}" is hostile input on purpose
  '.*+?^${}()|[]',
  '(?<x>',
  '\\1',
  '$&',
  '%s',
  '{{x}}',
  '"',
  '“',
  '”',
  '«',
  '»',
  "'",
  '?',
  ' ',
  '\n',
];

/** Words found in the seed articles (the project's picks, not quotations from them). */
export const CORPUS_WORDS: readonly string[] = [
  'the',
  'militaries',
  'relationship',
  'navy',
  'Russia',
  'China',
  'push',
  'new',
  'heights',
  'cooperation',
  'Yevmenov',
  'DW',
  'communication',
  'levels',
  'defense',
  'minister',
  'strengthen',
  'exercise',
  'Beijing',
  'Moscow',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...CORPUS_WORDS).map((w) => `${w} `) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 16 }) },
);

/** A short hostile string (what most members type). */
export const shortHostile: fc.Arbitrary<string> = fc.array(fragment, { maxLength: 12 }).map((a) => a.join(''));

/** A long one: one fragment repeated up to 6000 characters (and a little over). */
export const longHostile: fc.Arbitrary<string> = fc
  .tuple(fragment, fc.integer({ min: 200, max: 6200 }))
  .map(([s, n]) => (s || 'x').repeat(Math.ceil(n / Math.max(1, s.length))).slice(0, n));

/** Mostly short, sometimes very long. */
export const hostileText: fc.Arbitrary<string> = fc.oneof({ weight: 6, arbitrary: shortHostile }, { weight: 1, arbitrary: longHostile });

/** Empty and whitespace-only values, including the invisible kinds that clean to nothing. */
export const BLANKS: readonly string[] = ['', ' ', '   ', '\t\n', '\u200b', '\u200b\u200e\u202e', '\u0000\u0001', '\ufeff ', '\u3000'];
