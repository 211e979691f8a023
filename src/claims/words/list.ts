/** A word list written as words in sorted order separated by white space (tests/claims/words.test.ts checks the order). */
export function list(text: string): readonly string[] {
  return Object.freeze(text.trim().split(/\s+/));
}
