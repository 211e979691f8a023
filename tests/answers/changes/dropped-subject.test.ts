/**
 * A subject pronoun dropped from a quotation's start is no meaning change when the outlet's sentence names the
 * subject outside the marks (“The depot crews, Quint said, "will …"” for "We will …"); the same cut with nothing
 * to restore it, a changed subject, a negation or a figure are still flagged (sentences of our own).
 */
import { describe, expect, it } from 'vitest';
import { meaningChanges } from '../../../src/answers/changes/changes.js';
import { compare } from '../../../src/answers/compare.js';
import { whoSaid } from '../../../src/answers/who-said.js';
import { sentenceBefore } from '../../../src/answers/depth.js';
import { compareText } from '../../../src/render/text.js';
import { story, writtenStore } from '../../support/written.js';

const said = 'We will open the ferry terminal to cyclists every weekend in May.';

describe('meaningChanges with the subject named outside the marks', () => {
  it('drops the cut of a leading subject pronoun', () => {
    const cut = 'will open the ferry terminal to cyclists every weekend in May';
    expect(meaningChanges(said, cut, { subjectOutside: true })).toEqual([]);
    expect(meaningChanges('And they will fence the quay', 'will fence the quay', { subjectOutside: true })).toEqual([]);
    // nothing outside the marks: the quotation lost its subject
    expect(meaningChanges(said, cut).map((c) => c.kind)).toEqual(['truncated_start']);
  });

  it('still flags a changed subject, a negation, a figure and a longer cut', () => {
    const outside = { subjectOutside: true };
    expect(
      meaningChanges(said, 'They will open the ferry terminal to cyclists every weekend in May', outside).map((c) => c.kind),
    ).not.toEqual([]);
    expect(meaningChanges(said, 'will not open the ferry terminal to cyclists every weekend in May', outside).map((c) => c.kind)).toContain(
      'negation',
    );
    expect(meaningChanges(said, 'will open the ferry terminal to cyclists every weekend in June', outside).length).toBeGreaterThan(0);
    // more than the pronoun cut: the words before it are lost whatever the sentence says
    expect(meaningChanges('We will fix the lift and we will open the ferry terminal', 'will open the ferry terminal', outside)).not.toEqual(
      [],
    );
  });
});

describe('sentenceBefore', () => {
  it('is the outlet’s words before the opening mark in its sentence', () => {
    const text = 'The vote passed. The port staff, Quint said, "will open it".';
    expect(sentenceBefore(text, text.indexOf('"'))).toBe('The port staff, Quint said, ');
  });
});

const store = writtenStore([
  {
    file: 'ferry-1.txt',
    outlet: 'Quay Courier',
    date: '2026-04-06',
    text: story('Terminal opens to cyclists', `Harbour master Olga Tenn said: "${said}"`),
  },
  {
    file: 'ferry-4.txt',
    outlet: 'Dock Review',
    date: '2026-04-06',
    text: story('Ferry news', `"${said}" Olga Tenn told reporters at the quay.`),
  },
  {
    file: 'ferry-2.txt',
    outlet: 'Pier Ledger',
    date: '2026-04-07',
    text: story('Cyclists welcome', 'The terminal staff, Olga Tenn said, "will open the ferry terminal to cyclists every weekend in May".'),
  },
  {
    file: 'ferry-3.txt',
    outlet: 'Strand Post',
    date: '2026-04-07',
    text: story('Weekend plans', 'Olga Tenn said: "Will open the ferry terminal to cyclists every weekend in May."'),
  },
]);

describe('an outlet whose sentence supplies the subject', () => {
  it('is not flagged in /compare or who-said; one that does not supply it still is', () => {
    const claim = compare(store, 'open the ferry terminal to cyclists').claims[0]!;
    expect(claim.outlets.find((o) => o.outlet === 'Pier Ledger')?.changes).toEqual([]);
    expect(claim.outlets.find((o) => o.outlet === 'Strand Post')?.changes.map((c) => c.kind)).toEqual(['truncated_start']);
    expect(compareText(compare(store, 'open the ferry terminal to cyclists'))).not.toContain('Pier Ledger ⚠️');
    const answer = whoSaid(store, said);
    const ledger = answer.matches[0]!.outlets.find((o) => o.outlet === 'Pier Ledger');
    expect(ledger?.changes).toEqual([]);
  });
});
