/**
 * Fact-check depth on a corpus written for the purpose: attribution conflicts (rivals, and a person with
 * their own organisation), meaning-changing edits between outlets, copies of one wire story, first
 * appearance; and no alarm where outlets only respell names or change punctuation.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const storeOf = writtenStore;

describe('attribution conflicts', () => {
  const store = storeOf([
    {
      file: 'north-star.txt',
      outlet: 'North Star',
      date: '2024-02-01',
      text: story(
        'Dam talks stall',
        'Water minister Elena Sorova said the reservoir "will be full again before the spring thaw reaches the valley".',
        'Sorova spoke after a meeting with farmers in the capital.',
      ),
    },
    {
      file: 'valley-post.txt',
      outlet: 'Valley Post',
      date: '2024-02-02',
      text: story(
        'Reservoir promise',
        'The reservoir "will be full again before the spring thaw reaches the valley," said President Aurel Denko on Friday.',
        'Denko was visiting the dam with engineers.',
      ),
    },
    {
      file: 'east-wire.txt',
      outlet: 'East Wire',
      date: '2024-02-03',
      text: story(
        'Ministry statement on the dam',
        'Defence Minister Ivo Marek said the border drills "will go ahead in March with twelve battalions taking part".',
        'Marek repeated that the drills were planned long ago.',
      ),
    },
    {
      file: 'harbour-news.txt',
      outlet: 'Harbour News',
      date: '2024-02-04',
      text: story(
        'Drills confirmed',
        'The border drills "will go ahead in March with twelve battalions taking part," the defence ministry said in a statement.',
        'The ministry gave no further details.',
      ),
    },
  ]);

  it('says first that outlets credit the same words to different people, with the sentence in each', () => {
    const answer = whoSaid(store, 'will be full again before the spring thaw reaches the valley');
    const conflict = answer.matches[0]!.conflict!;
    expect(conflict.relation).toBe('rivals');
    expect(conflict.speakers.map((s) => [s.speaker, s.documents])).toEqual(
      expect.arrayContaining([
        ['Elena Sorova', ['north-star.txt']],
        ['Aurel Denko', ['valley-post.txt']],
      ]),
    );
    expect(conflict.speakers.find((s) => s.speaker === 'Aurel Denko')!.attribution).toContain('said President Aurel Denko on Friday');
    expect(answer.explanation).toMatch(/^Outlets disagree on who said this/);
  });

  it('tells a person and their own organisation apart from rivals', () => {
    const conflict = whoSaid(store, 'the border drills will go ahead in March with twelve battalions').matches[0]!.conflict!;
    expect(conflict.relation).toBe('organisation');
    expect(conflict.speakers.map((s) => s.speaker).sort()).toEqual(['Ivo Marek', 'the defence ministry']);
  });

  it('finds no conflict where every outlet credits the same person', () => {
    expect(whoSaid(store, 'Sorova spoke after a meeting').matches[0]?.conflict ?? null).toBeNull();
  });
});

describe('attribution conflicts between wordings of different lengths', () => {
  const store = storeOf([
    {
      file: 'river-daily.txt',
      outlet: 'River Daily',
      date: '2024-05-01',
      text: story(
        'Trust stays silent',
        '"We keep our work on the wetlands," the group said. "As such, the trust has no comment on the sale of the old ferry terminal."',
        'The Lowmoor Wetland Trust was founded in 2009.',
      ),
    },
    {
      file: 'coast-herald.txt',
      outlet: 'Coast Herald',
      date: '2024-05-02',
      text: story(
        'Founder speaks',
        'Marta Lowmoor, the trust\'s founder, said it "has no comment on the sale of the old ferry terminal to the developers from Brenn."',
      ),
    },
    {
      file: 'east-gazette.txt',
      outlet: 'East Gazette',
      date: '2024-05-03',
      text: story(
        'Council',
        'Mayor Pia Hald said the council "has no comment on the sale yet, but the vote on the terminal comes in June."',
      ),
    },
  ]);

  it('reports the same run of words credited to two speakers though one outlet quotes more', () => {
    const answer = whoSaid(store, 'has no comment on the sale of the old ferry terminal to the developers');
    const conflict = answer.matches[0]!.conflict!;
    expect(conflict.speakers.map((s) => s.documents[0]).sort()).toEqual(['coast-herald.txt', 'river-daily.txt']);
    expect(conflict.speakers.map((s) => s.speaker)).toContain('Marta Lowmoor');
  });

  it('does not make a conflict of a few words two speakers happen to share', () => {
    const answer = whoSaid(store, 'has no comment on the sale yet but the vote on the terminal comes in June');
    expect(answer.matches[0]!.speaker).toBe('Pia Hald');
    expect(answer.matches[0]!.conflict).toBeNull();
  });
});

describe('meaning-changing edits between outlets', () => {
  const reference = 'We will not close the northern mine if the new safety plan is approved by thirty inspectors before winter';
  const store = storeOf([
    {
      file: 'a-ref.txt',
      outlet: 'Mining Daily',
      date: '2024-03-01',
      text: story('Mine stays open', `"${reference}," Mayor Tomas Brenner said on Monday.`),
    },
    {
      file: 'b-negation.txt',
      outlet: 'Quarry Times',
      date: '2024-03-02',
      text: story(
        'Mine to close',
        '"We will close the northern mine if the new safety plan is approved by thirty inspectors before winter," Mayor Tomas Brenner said.',
      ),
    },
    {
      file: 'c-condition.txt',
      outlet: 'Ridge Herald',
      date: '2024-03-02',
      text: story(
        'Mine future',
        '"We will not close the northern mine," Mayor Tomas Brenner said, adding that a new safety plan was coming.',
      ),
    },
    {
      file: 'd-number.txt',
      outlet: 'Slate Gazette',
      date: '2024-03-03',
      text: story(
        'Inspectors needed',
        '"We will not close the northern mine if the new safety plan is approved by three hundred inspectors before winter," Mayor Tomas Brenner said.',
      ),
    },
    {
      file: 'e-cut.txt',
      outlet: 'Copper Courier',
      date: '2024-03-04',
      text: story('Safety plan', '"We will not close the northern mine if the new safety plan is approved," Mayor Tomas Brenner said.'),
    },
  ]);

  const changesOf = () => {
    const match = whoSaid(store, reference).matches[0]!;
    return { match, by: Object.fromEntries(match.outlets.map((o) => [o.document, o.changes])) };
  };

  it('names each edit exactly: a dropped "not", a dropped "if" clause, a changed figure, a cut end', () => {
    const { match, by } = changesOf();
    expect(by['a-ref.txt']).toEqual([]);
    expect(by['b-negation.txt']).toEqual([{ kind: 'negation', from: 'not', to: '' }]);
    expect(by['c-condition.txt']).toEqual([
      { kind: 'condition', from: 'if the new safety plan is approved by thirty inspectors before winter', to: '' },
    ]);
    expect(by['d-number.txt']).toEqual([{ kind: 'number', from: 'thirty', to: 'three hundred' }]);
    expect(by['e-cut.txt']).toEqual([{ kind: 'truncated_end', from: 'by thirty inspectors before winter', to: '' }]);
    expect(match.meaningChanged).toBe(true);
    expect(match.firstAppearance).toEqual({ document: 'a-ref.txt', date: '2024-03-01' });
    expect(match.order[0]).toBe('a-ref.txt');
  });

  it('puts the warning on the compare of the same quotation too', () => {
    // compare measures every outlet against the claim's reference wording (the longest of equally common ones)
    const claim = compare(store, reference).claims[0]!;
    expect(claim.meaningChanged).toBe(true);
    expect(claim.outlets.find((o) => o.document === 'b-negation.txt')!.changes).toContainEqual({ kind: 'negation', from: 'not', to: '' });
  });
});

describe('ordinary rewording is not flagged', () => {
  const store = storeOf([
    {
      file: 'one.txt',
      outlet: 'Kyiv Ledger',
      date: '2024-04-01',
      text: story(
        'Navy chief speaks',
        '"The defence of the harbour is our first priority, and we will organise the patrols together," said Admiral Nikolai Yevmenov.',
      ),
    },
    {
      file: 'two.txt',
      outlet: 'Kiev Review',
      date: '2024-04-02',
      text: story(
        'Admiral on patrols',
        '“The defense of the harbor is our first priority - and we’ll organize the patrols together,” said Admiral Nikolay Evmenov.',
      ),
    },
  ]);

  it('names nothing between outlets that only respell names and words or change punctuation', () => {
    const match = whoSaid(store, 'the defence of the harbour is our first priority').matches[0]!;
    expect(match.outlets).toHaveLength(2);
    for (const o of match.outlets) expect(o.changes, o.document).toEqual([]);
    expect(match.meaningChanged).toBe(false);
    expect(match.conflict).toBeNull();
  });
});

describe('an utterance quoted in parts', () => {
  const store = storeOf([
    {
      file: 'one.txt',
      outlet: 'Harbour Ledger',
      date: '2024-04-01',
      text: story(
        'Port row',
        '“We are far too soft on the smugglers,” Senator Ines Vahl said, “and you have to close every one of their ports.”',
      ),
    },
    {
      file: 'two.txt',
      outlet: 'Coast Review',
      date: '2024-04-02',
      text: story(
        'Vahl on smugglers',
        '“It is a matter of national pride,” Senator Ines Vahl said, “and you have to close every one of their ports.”',
      ),
    },
  ]);

  it('compares only the parts that hold the same words, not one fragment against another', () => {
    const match = whoSaid(store, 'you have to close every one of their ports').matches[0]!;
    expect(match.outlets.map((o) => o.document).sort()).toEqual(['one.txt', 'two.txt']);
    for (const o of match.outlets) expect(o.changes, o.document).toEqual([]);
    expect(match.meaningChanged).toBe(false);
  });
});

describe('independent sources', () => {
  const wire = [
    'Rail strike ends',
    '',
    'LONDON (Reuters) - Train drivers ended a three-day strike on Tuesday after the union accepted a new pay offer from the operators.',
    '',
    '"This agreement gives our members the security they asked for," union leader Maya Holt told reporters outside the talks.',
    '',
    'Services are expected to return to normal by Thursday morning, the operators said in a joint statement.',
    '',
    'The dispute had halted most commuter lines into the capital and cost businesses millions of pounds in lost trade.',
  ];
  const store = storeOf([
    { file: 'wire-a.txt', outlet: 'Morning Gazette', date: '2024-05-07', text: wire.join('\n') },
    { file: 'wire-b.txt', outlet: 'City Echo', date: '2024-05-07', text: wire.slice(0, 7).join('\n') },
    {
      file: 'wire-c.txt',
      outlet: 'County Times',
      date: '2024-05-08',
      text: [...wire, '', 'Local stations reopened their ticket offices on Wednesday.'].join('\n'),
    },
    {
      file: 'own-report.txt',
      outlet: 'Rail Weekly',
      date: '2024-05-08',
      text: story(
        'Drivers back at work',
        'Our correspondent spent the last night of the strike at the depot, where drivers gathered to hear the result of the ballot.',
        '"This agreement gives our members the security they asked for," said Maya Holt, who leads the drivers\' union, as the count was read out.',
        'Several drivers said they were relieved but worried about the next round of talks in the autumn.',
      ),
    },
  ]);

  it('folds three copies of one wire story into one report beside the independent one', () => {
    const match = whoSaid(store, 'this agreement gives our members the security they asked for').matches[0]!;
    expect(match.outlets).toHaveLength(4);
    expect(match.independentSources).toBe(2);
    const copyOf = Object.fromEntries(match.outlets.map((o) => [o.document, o.copyOf]));
    expect(copyOf).toEqual({ 'wire-a.txt': null, 'wire-b.txt': 'wire-a.txt', 'wire-c.txt': 'wire-a.txt', 'own-report.txt': null });
    expect(match.firstAppearance?.date).toBe('2024-05-07');
  });
});
