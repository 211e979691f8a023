/**
 * Meaning-changing edits between a reference wording and an outlet's: each kind named with its words, in
 * both directions; rewording that keeps the meaning never flagged; properties over generated wordings; and
 * every change found between the seed outlets' versions of a quotation.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as words from '../../../src/answers/changes/words.js';
import { type MeaningChange, meaningChanges } from '../../../src/answers/changes/changes.js';
import { openStore } from '../../../src/store/open.js';
import type { ClaimStore } from '../../../src/store/store.js';

const change = (kind: MeaningChange['kind'], from: string, to: string): MeaningChange => ({ kind, from, to });

describe('word lists', () => {
  const lists = Object.entries(words).flatMap(([name, value]) => {
    if (name === 'SPELLING_RULES') return []; // rules, applied in order
    if (Array.isArray(value)) return [[name, value as string[]] as const];
    if (value && typeof value === 'object' && !(value instanceof RegExp)) return [[name, Object.keys(value)] as const];
    return [];
  });

  it.each(lists)('%s is sorted and has no duplicates', (_name, list) => {
    const ordered = list.every((word, i) => i === 0 || String(list[i - 1]) < String(word));
    expect(ordered).toBe(true);
  });

  it('no word plays two roles', () => {
    const roles = [words.NEGATIONS, words.MODALS, words.QUANTITIES, words.FUNCTION_WORDS, Object.keys(words.NUMBER_WORDS)];
    const all = roles.flat();
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('meaningChanges names each kind of edit', () => {
  it.each([
    ['We will send troops to the border', 'We will not send troops to the border', [change('negation', '', 'not')]],
    ['We will not send troops to the border', 'We will send troops to the border', [change('negation', 'not', '')]],
    ["We won't send troops", 'We will send troops', [change('negation', 'not', '')]],
    ['The army has retreated', 'The army has never retreated', [change('negation', '', 'never')]],
    ['There is no threat to the region', 'There is a threat to the region', [change('negation', 'no', '')]],
  ])('negation: %s → %s', (reference, wording, expected) => {
    expect(meaningChanges(reference, wording)).toEqual(expected);
  });

  it.each([
    ['Prices may rise next year', 'Prices will rise next year', [change('modality', 'may', 'will')]],
    ['Prices will rise next year', 'Prices may rise next year', [change('modality', 'will', 'may')]],
    ['The reactor could be restarted', 'The reactor must be restarted', [change('modality', 'could', 'must')]],
    ['The treaty will likely be signed', 'The treaty will be signed', [change('modality', 'likely', '')]],
    ['The treaty is signed', 'The treaty should be signed', [change('modality', '', 'should')]],
  ])('modality: %s → %s', (reference, wording, expected) => {
    expect(meaningChanges(reference, wording)).toEqual(expected);
  });

  it.each([
    ['We will strike back if the talks fail', 'We will strike back', [change('condition', 'if the talks fail', '')]],
    ['If the talks fail, we will strike back', 'We will strike back', [change('condition', 'If the talks fail', '')]],
    ['We will strike back', 'We will strike back unless they withdraw', [change('condition', '', 'unless they withdraw')]],
    ['Aid continues as long as the ceasefire holds', 'Aid continues', [change('condition', 'as long as the ceasefire holds', '')]],
    [
      'We will cooperate provided that borders are respected',
      'We will cooperate',
      [change('condition', 'provided that borders are respected', '')],
    ],
    ['We will strike back if they attack', 'We will strike back when they attack', [change('condition', 'if', 'when')]],
  ])('condition: %s → %s', (reference, wording, expected) => {
    expect(meaningChanges(reference, wording)).toEqual(expected);
  });

  it.each([
    ['The navy sent 30 ships', 'The navy sent 300 ships', [change('number', '30', '300')]],
    ['The navy sent thirty ships', 'The navy sent 40 ships', [change('number', 'thirty', '40')]],
    ['The navy sent 40 ships', 'The navy sent thirty ships', [change('number', '40', 'thirty')]],
    ['Some members agreed', 'All members agreed', [change('number', 'Some', 'All')]],
    ['Most voters stayed home', 'Few voters stayed home', [change('number', 'Most', 'Few')]],
    ['Millions of people fled', 'Thousands of people fled', [change('number', 'Millions', 'Thousands')]],
    ['Exports fell 5 per cent', 'Exports fell 7%', [change('number', '5 per cent', '7%')]],
    ['Exports fell 5%', 'Exports fell 5', [change('number', '5%', '5')]],
    ['At least 30 people died', '30 people died', [change('number', 'At least', '')]],
    // a bound on a figure is said as the phrase it is, never as a "much" dropped
    ['The toll may rise by as much as ten pence', 'The toll may rise by ten pence', [change('number', 'as much as', '')]],
    ['As many as forty boats sank', 'As few as forty boats sank', [change('number', 'As many as', 'As few as')]],
    ['More than half of the members voted', 'Most members voted', [change('number', 'More than half', 'Most')]],
    ['The 30 soldiers left', 'The 40 troops left', [change('number', '30', '40'), change('substitution', 'soldiers', 'troops')]],
  ])('number: %s → %s', (reference, wording, expected) => {
    expect(meaningChanges(reference, wording)).toEqual(expected);
  });

  it('the quotation cut at its start or at its end, with the words cut', () => {
    const reference = 'strengthen communication at all levels and expand practical cooperation';
    expect(meaningChanges(reference, 'strengthen communication at all levels')).toEqual([
      change('truncated_end', 'and expand practical cooperation', ''),
    ]);
    expect(meaningChanges(reference, 'expand practical cooperation')).toEqual([
      change('truncated_start', 'strengthen communication at all levels and', ''),
    ]);
  });

  it('a middle part left out, with or without an ellipsis, and words added', () => {
    const reference = 'organize joint exercises, joint cruises and joint skills competitions and expand cooperation';
    const omission = [change('omission', 'joint cruises and joint skills competitions', '')];
    expect(meaningChanges(reference, 'organize joint exercises … and expand cooperation')).toEqual(omission);
    expect(meaningChanges(reference, 'organize joint exercises and expand cooperation')).toEqual(omission);
    expect(meaningChanges('organize joint exercises and expand cooperation', reference)).toEqual([
      change('addition', '', 'joint cruises and joint skills competitions'),
    ]);
  });

  it('content words replaced, in both directions', () => {
    expect(meaningChanges('the two sides will deepen their ties', 'the two sides will weaken their ties')).toEqual([
      change('substitution', 'deepen', 'weaken'),
    ]);
    expect(meaningChanges('Li met the minister', 'Xi met the minister')).toEqual([change('substitution', 'Li', 'Xi')]);
    expect(meaningChanges('we will defend our allies', 'they will defend our allies')).toEqual([change('substitution', 'we', 'they')]);
    // initials stand for the capitalised words only: a word beside them still counts
    expect(meaningChanges('the United States army left', 'the U.S. left')).toEqual([change('substitution', 'United States army', 'U.S')]);
  });

  it('names each edit once, most specific kind first', () => {
    // a dropped "if" clause at the start is a condition, not a cut
    expect(meaningChanges('If sanctions stay, trade will fall', 'trade will fall')).toEqual([change('condition', 'If sanctions stay', '')]);
    // a negation inside a stretch left out belongs to that stretch
    expect(meaningChanges('We talked, but we did not agree on anything', 'We talked')).toEqual([
      change('truncated_end', 'but we did not agree on anything', ''),
    ]);
    // separate edits in one wording are named separately, in text order
    expect(meaningChanges('We will not send 30 ships if talks fail', 'We may send 40 ships')).toEqual([
      change('negation', 'not', ''),
      change('modality', 'will', 'may'),
      change('number', '30', '40'),
      change('condition', 'if talks fail', ''),
    ]);
  });
});

describe('meaningChanges leaves ordinary rewording alone', () => {
  it('reads a "n\'t" typed without its apostrophe as the negation it is', () => {
    expect(meaningChanges("The ferry doesn't stop at the island", 'The ferry doesnt stop at the island')).toEqual([]);
    expect(meaningChanges("We can't open the quay", 'We cant open the quay')).toEqual([]);
    expect(meaningChanges('The ferry will stop at the island', 'The ferry wont stop at the island')).toEqual([
      change('negation', '', 'not'),
    ]);
  });

  it('reads "as much as" and "as many as" as the same bound', () => {
    expect(meaningChanges('As many as forty boats sank in the gale', 'As much as forty boats sank in the gale')).toEqual([]);
  });

  it.each([
    ['names respelled', 'Nikolai Yevmenov met Sergei Shoigu in Kyiv', 'Nikolay Evmenov met Sergey Shoygu in Kiev'],
    [
      'British and American spelling',
      'the defence organisation honours its labour centre',
      'the defense organization honors its labor center',
    ],
    ['-ise and -ize', 'we will modernise and organise', 'we will modernize and organize'],
    ['punctuation and case', 'Peace, and stability!', 'peace and stability'],
    ['quote marks', '"continue to expand exchanges"', '“continue to expand exchanges”'],
    ['hyphenation', 'a stand-by force for peace-keeping', 'a standby force for peacekeeping'],
    ['will not / won’t', 'we will not retreat', 'we won’t retreat'],
    ['do not / don’t', 'we do not agree', "we don't agree"],
    ['cannot / can not', 'we cannot accept it', 'we can not accept it'],
    ['articles', 'a new level of the relations', 'the new level of relations'],
    ['possessive apostrophe', "the two countries' navies", 'the two countries navies'],
    ['number words and digits', 'thirty-five ships and two hundred and fifty planes', '35 ships and 250 planes'],
    ['large figures', '3.5 million dollars', '3,500,000 dollars'],
    ['percent spellings', '12 percent', '12%'],
    ['both / two', 'both countries agreed', 'the two countries agreed'],
    ['every / all', 'at every level', 'at all levels'],
    ['an ellipsis replacing nothing', 'joint exercises and joint cruises', 'joint exercises … and joint cruises'],
    ['… and ...', 'joint exercises … joint cruises', 'joint exercises ... joint cruises'],
    ['plurals', 'strengthen strategic communication', 'strengthen strategic communications'],
    ['the month May', 'talks began on May 5', 'talks began on may 5'],
    ['initials', 'the United States military sails where the law permits', 'the U.S. military sails wherever the law permits'],
  ])('%s', (_what, reference, wording) => {
    expect(meaningChanges(reference, wording)).toEqual([]);
    expect(meaningChanges(wording, reference)).toEqual([]);
  });
});

describe('meaningChanges and words an outlet marks as its own with square brackets', () => {
  const said = 'We will not sell the harbour, whatever the ministry decides.';
  it('names no edit where brackets say whom a pronoun means or clarify a phrase', () => {
    expect(meaningChanges(said, '[The city] will not sell the harbour, whatever the ministry decides.')).toEqual([]);
    expect(meaningChanges(said, 'We will not sell [our] harbour, whatever the ministry decides.')).toEqual([]);
    expect(meaningChanges(said, 'We will not sell the harbour, whatever [the transport] ministry decides.')).toEqual([]);
  });
  it('still names a bracketed word that replaces a content word or changes a negation, modal or figure', () => {
    expect(meaningChanges(said, 'We will not sell the [port], whatever the ministry decides.')).toEqual([
      { kind: 'substitution', from: 'harbour', to: 'port' },
    ]);
    expect(meaningChanges(said, 'We will not sell the harbour [before 2030], whatever the ministry decides.').map((c) => c.kind)).toContain(
      'number',
    );
    expect(meaningChanges(said, 'We [may] not sell the harbour, whatever the ministry decides.').map((c) => c.kind)).toEqual(['modality']);
  });
});

const KINDS = new Set([
  'negation',
  'modality',
  'condition',
  'number',
  'truncated_start',
  'truncated_end',
  'omission',
  'addition',
  'substitution',
]);
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9]{1,8}$/);
const separator = fc.constantFrom(' ', ', ', '; ', ' - ', ': ', ' "', '" ', ' (', ') ', '. ');
const sentence = fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 14 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('meaningChanges properties', () => {
  it('finds nothing between a text and itself', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (text) => meaningChanges(text, text).length === 0));
    fc.assert(fc.property(sentence, (text) => meaningChanges(text, text).length === 0));
  });

  it('is deterministic and keeps to the contract', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const first = meaningChanges(a, b);
        expect(meaningChanges(a, b)).toEqual(first);
        for (const c of first) {
          expect(Object.keys(c)).toEqual(['kind', 'from', 'to']);
          expect(KINDS.has(c.kind)).toBe(true);
          expect(c.from.length + c.to.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('finds nothing when only case and punctuation change', () => {
    const variant = fc.array(fc.tuple(word, separator, separator, fc.boolean()), { minLength: 1, maxLength: 14 }).map((parts) => ({
      original: parts.map(([w, s]) => w + s).join(''),
      changed: parts.map(([w, , s, upper]) => (upper ? w.toUpperCase() : w.toLowerCase()) + s).join(''),
    }));
    fc.assert(fc.property(variant, ({ original, changed }) => meaningChanges(original, changed).length === 0));
  });

  it('names a cut at the end with exactly the words cut', () => {
    const content = fc.uniqueArray(fc.stringMatching(/^[bcdfgk][aeiou][rstv][bcdfgk][aeiou][mnp]$/), { minLength: 3, maxLength: 12 });
    fc.assert(
      fc.property(content, fc.nat(), (ws, n) => {
        const keep = 1 + (n % (ws.length - 1));
        const cut = ws.slice(keep).join(' ');
        expect(meaningChanges(ws.join(' '), ws.slice(0, keep).join(' '))).toEqual([change('truncated_end', cut, '')]);
      }),
    );
  });
});

describe('the seed outlets’ versions of each quotation', () => {
  let store: ClaimStore;
  beforeAll(async () => {
    store = await openStore('seeds', { cacheDir: false });
  });
  const quotes = () => store.entries.filter((e) => e.kind === 'quote');
  const plain = (text: string) => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).join(' ');

  it('names nothing between the renditions of one claim group and its reference wording', () => {
    const compared = store.groups.flatMap((group) => {
      const renditions = group.entryIds.map((i) => store.entries[i]!).filter((e) => e.kind === 'quote');
      if (renditions.length < 2) return [];
      return renditions.map((e) => ({
        reference: group.text,
        document: e.documentId.slice(0, 3),
        changes: meaningChanges(group.text, e.text),
      }));
    });
    expect(compared.length).toBeGreaterThanOrEqual(6);
    // the seed outlets that a group joins differ only in punctuation and an apostrophe ("countries'")
    expect(compared.filter((c) => c.changes.length > 0)).toEqual([]);
  });

  it('names what an outlet cut and added in its version of a quotation another outlet carried', () => {
    // two renditions from different documents sharing five words in a row are one quotation; the reference
    // is the wording more documents carried (then the longer); grouping plays no part
    const shareFive = (a: string, b: string) => {
      const wa = a.split(' ');
      return wa.some((_, i) => i + 5 <= wa.length && ` ${b} `.includes(` ${wa.slice(i, i + 5).join(' ')} `));
    };
    const carried = new Map<string, { text: string; documents: Set<string> }>();
    for (const e of quotes()) {
      const key = plain(e.text);
      const seen = carried.get(key) ?? { text: e.text, documents: new Set<string>() };
      seen.documents.add(e.documentId.slice(0, 3));
      carried.set(key, seen);
    }
    const wordings = [...carried.entries()].sort(
      ([ka, a], [kb, b]) => b.documents.size - a.documents.size || kb.length - ka.length || ka.localeCompare(kb),
    );
    const rows = wordings.flatMap(([refKey, ref], i) =>
      wordings
        .slice(i + 1)
        .filter(([key, other]) => shareFive(refKey, key) && [...other.documents].some((d) => !ref.documents.has(d)))
        .map(([, other]) => ({
          reference: ref.text,
          documents: [...other.documents].sort().join(' '),
          wording: other.text,
          changes: meaningChanges(ref.text, other.text),
        })),
    );
    expect(rows).toMatchInlineSnapshot(`
      [
        {
          "changes": [
            {
              "from": "",
              "kind": "addition",
              "to": "relations between the two armed forces will continue to deepen and solidify, constantly make new progress, and move to a new level, … will strengthen communication at all levels",
            },
            {
              "from": "joint cruises and joint military skills competition",
              "kind": "omission",
              "to": "",
            },
          ],
          "documents": "001",
          "reference": "regularly organize joint exercises, joint cruises and joint military skills competition … expand practical cooperation in professional fields",
          "wording": "the relations between the two armed forces will continue to deepen and solidify, constantly make new progress, and move to a new level, … will strengthen communication at all levels, and regularly organize joint exercises... expand practical cooperation in professional fields.",
        },
        {
          "changes": [
            {
              "from": "",
              "kind": "addition",
              "to": "relations between the two armed forces will continue to deepen and solidify, constantly make new progress, and move to a new level, … will",
            },
            {
              "from": "",
              "kind": "addition",
              "to": "regularly organize joint exercises... expand practical cooperation in professional fields",
            },
          ],
          "documents": "001",
          "reference": "strengthen communication at all levels",
          "wording": "the relations between the two armed forces will continue to deepen and solidify, constantly make new progress, and move to a new level, … will strengthen communication at all levels, and regularly organize joint exercises... expand practical cooperation in professional fields.",
        },
      ]
    `);
  });
});
