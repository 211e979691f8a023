/**
 * The role a member types as the speaker, against a role the outlets write with its field after "of" ("Minister
 * of Energy"): its head word, alone or with the field before it, is that role; another office is not.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'pier.txt',
    outlet: 'Harbour Times',
    date: '2024-05-06',
    text: story(
      'Port plan',
      'Minister of Energy Clara Voss spoke in Oslo on Monday.',
      '"We will rebuild the northern pier before the storms return," said Clara Voss, the Minister of Energy.',
      'Deputy Minister of Finance Anton Reyes said: "The port will pay for itself within ten years of the opening."',
    ),
  },
]);
const verdict = (quote: string, speaker: string) => whoSaid(store, quote, { speaker }).verdict;

describe('a typed role against a role written "Minister of Energy"', () => {
  it('accepts the head word, alone or with the field before it', () => {
    for (const speaker of ['the minister', 'energy minister', 'Minister of Energy', 'Voss, the minister']) {
      expect(verdict('rebuild the northern pier before the storms', speaker), speaker).toBe('verbatim');
    }
    for (const speaker of ['deputy minister', 'deputy finance minister']) {
      expect(verdict('The port will pay for itself within ten years', speaker), speaker).toBe('verbatim');
    }
  });

  it('refuses another field or another office', () => {
    for (const speaker of ['finance minister', 'deputy minister', 'the vice minister', 'energy', 'of Energy']) {
      expect(verdict('rebuild the northern pier before the storms', speaker), speaker).toBe('misattributed');
    }
    for (const speaker of ['the minister', 'finance minister']) {
      expect(verdict('The port will pay for itself within ten years', speaker), speaker).toBe('misattributed');
    }
  });
});

describe('a typed role naming who runs something in other words', () => {
  const guard = writtenStore([
    {
      file: 'guard.txt',
      outlet: 'Fjord Ledger',
      date: '2025-09-02',
      text: story(
        'Patrol boats',
        '"Our patrol boats will stay in the northern sound all winter," said Halvard Strand, head of the coast guard.',
        'Party leader Signe Aas said: "The shipyard orders must stay in the country for the next decade."',
      ),
    },
  ]);
  const said = (quote: string, speaker: string) => whoSaid(guard, quote, { speaker }).verdict;

  it('takes chief, head, leader and boss for one another, with the field typed before them', () => {
    for (const speaker of ['the coast guard chief', 'coast guard boss', 'the coast guard leader', 'coast guard head']) {
      expect(said('patrol boats will stay in the northern sound all winter', speaker), speaker).toBe('verbatim');
    }
    for (const speaker of ['the party chief', 'party head']) {
      expect(said('The shipyard orders must stay in the country', speaker), speaker).toBe('verbatim');
    }
  });

  it('refuses another field, another office, or the word alone', () => {
    for (const speaker of ['the army chief', 'deputy coast guard chief', 'the chief', 'the leader', 'party leader']) {
      expect(said('patrol boats will stay in the northern sound all winter', speaker), speaker).toBe('misattributed');
    }
  });
});
