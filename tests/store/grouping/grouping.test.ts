import { describe, expect, it } from 'vitest';
import { doc, storeOf } from '../fixtures.js';

const Q = 'We will rebuild the harbour bridge before the winter storms arrive';

describe('grouping renditions across outlets', () => {
  const store = storeOf([
    doc('a.txt', [`Mara Lind|${Q}`, 'Mara Lind|Fishing quotas stay unchanged this season']),
    doc('b.txt', ['Mara Lind|We will rebuild the harbour bridge before winter storms arrive']), // one word dropped
    doc('c.txt', ['|We will rebuild the harbour bridge before the winter storms come']), // unattributed, one word changed
    doc('d.txt', [`Tom Hale|${Q}`]), // same words, another speaker
    doc('e.txt', ['Mara Lind|the harbour bridge']), // a short excerpt: too small to be the same wording
  ]);
  const groupOf = (docId: string): number => store.entries.find((e) => e.documentId === docId)!.groupId;

  it('joins small wording changes of one speaker, and unattributed carriers of the same words', () => {
    expect(groupOf('b.txt')).toBe(groupOf('a.txt'));
    expect(groupOf('c.txt')).toBe(groupOf('a.txt'));
    const group = store.groups[groupOf('a.txt')]!;
    expect(group.speakerId).toBe('mara-lind');
    expect(group.entryIds).toHaveLength(3);
    expect(group.text).toBe(Q); // the wording most carried (ties: the longest)
  });

  it('keeps another speaker and a much shorter excerpt apart', () => {
    expect(groupOf('d.txt')).not.toBe(groupOf('a.txt'));
    expect(groupOf('e.txt')).not.toBe(groupOf('a.txt'));
  });

  it('numbers groups densely and lists every entry exactly once', () => {
    const seen = store.groups.flatMap((g) => g.entryIds).sort((a, b) => a - b);
    expect(seen).toEqual(store.entries.map((e) => e.id));
    store.groups.forEach((g, i) => {
      expect(g.id).toBe(i);
    });
  });
});

describe('a wording cut short that comes before the fuller one', () => {
  // the fuller wording's three rarest words are all in the part the earlier outlet cut
  const store = storeOf([
    doc('a.txt', ['Mara Lind|The referees decided this match and not the players']),
    doc('b.txt', ['Mara Lind|We lost today']),
    doc('c.txt', ['Mara Lind|The referees decided this match and not the players, everyone in this stadium saw it']),
    doc('d.txt', ['Mara Lind|The players did their best']),
  ]);
  const groupOf = (docId: string): number => store.entries.find((e) => e.documentId === docId)!.groupId;

  it('is one claim with it', () => {
    expect(groupOf('c.txt')).toBe(groupOf('a.txt'));
    expect(groupOf('d.txt')).not.toBe(groupOf('a.txt'));
  });
});
