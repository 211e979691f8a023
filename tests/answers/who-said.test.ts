import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { fixtureStore } from './fixtures.js';

const store = fixtureStore();

describe('whoSaid', () => {
  it('finds a partial quotation word for word, with every outlet that carried it', () => {
    const r = whoSaid(store, 'will rebuild the northern pier');
    expect(r.verdict).toBe('verbatim');
    expect(r.matches[0]!.speaker).toBe('Dana Whitfield');
    expect(r.matches[0]!.outlets.map((o) => o.outlet).sort()).toEqual(['Coast Daily', 'Harbor Times']);
    expect(r.matches[0]!.outlets.every((o) => o.rendering === 'verbatim')).toBe(true);
  });

  it('calls a typo-ridden quotation close and shows how the other outlet changed the words', () => {
    const r = whoSaid(store, 'will rebuild the nothern pier befor the summer season begins');
    expect(r.verdict).toBe('close');
    const best = r.matches[0]!;
    expect(best.speaker).toBe('Dana Whitfield');
    const coast = best.outlets.find((o) => o.outlet === 'Coast Daily')!;
    expect(coast.rendering).toBe('reworded');
    expect(coast.diff?.filter((d) => d.op !== 'same').map((d) => d.text.replace(/[^\w ]/g, '').trim())).toEqual(
      expect.arrayContaining(['begins', 'starts']),
    );
  });

  it('says misattributed when the member names someone else, and names the real speaker', () => {
    const r = whoSaid(store, 'will rebuild the northern pier', { speaker: 'Omar Haddad' });
    expect(r.verdict).toBe('misattributed');
    expect(r.matches[0]!.speaker).toBe('Dana Whitfield');
    expect(r.explanation).toContain('Dana Whitfield');
  });

  it('accepts the right speaker by surname, in any case', () => {
    expect(whoSaid(store, 'will rebuild the northern pier', { speaker: 'whitfield' }).verdict).toBe('verbatim');
  });

  it('answers paraphrase when the corpus has the claim only as reported speech', () => {
    const r = whoSaid(store, 'the budget would be reviewed in April');
    expect(r.verdict).toBe('paraphrase');
    expect(r.matches[0]!.speaker).toBe('Omar Haddad');
    expect(r.matches[0]!.outlets[0]!.rendering).toBe('paraphrase');
  });

  it('answers not_found, with no candidates dressed up as answers, when nothing really matches', () => {
    for (const q of ['the harbour will be sold to a private investor next year', 'pier', 'summer festival budget']) {
      const r = whoSaid(store, q);
      if (r.verdict === 'not_found') expect(r.matches).toEqual([]);
    }
    const r = whoSaid(store, 'the harbour will be sold to a private investor next year');
    expect(r.verdict).toBe('not_found');
    expect(r.matches).toEqual([]);
  });

  it('gives a helpful answer to empty and function-word-only questions', () => {
    expect(whoSaid(store, '   ').explanation).toMatch(/give me the words/i);
    expect(whoSaid(store, 'the').explanation).toMatch(/too common/i);
  });

  it('restricts the answer to one outlet when asked, and says when the outlet is unknown', () => {
    const r = whoSaid(store, 'will rebuild the northern pier', { outlet: 'coast daily' });
    expect(r.matches[0]!.outlets.map((o) => o.outlet)).toEqual(['Coast Daily']);
    const unknown = whoSaid(store, 'will rebuild the northern pier', { outlet: 'Moon Gazette' });
    expect(unknown.verdict).toBe('not_found');
    expect(unknown.explanation).toContain('Moon Gazette');
  });
});

describe('whoSaid on long wordings', () => {
  it('does not call words scattered through a long quotation a match, and still finds them together', async () => {
    const { doc, storeOf } = await import('../store/fixtures.js');
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `clause ${i} went on about roads and ferries`).join(', ');
    const long = storeOf([
      doc('transcript.txt', [
        `Rosa Ilves|We looked at the budget, ${filler(12)}, and the harbour, ${filler(12)}, then the winter plan, ${filler(12)}, and nobody objected`,
      ]),
      doc('short.txt', ['Ben Ode|The budget keeps the harbour open through the winter']),
    ]);
    // the same content words, in order, spread over a long transcript: not the quotation asked about
    const scattered = whoSaid(long, 'budget harbour winter plan nobody objected');
    expect(scattered.matches.every((m) => m.speaker !== 'Rosa Ilves')).toBe(true);
    // a close wording that sits together is still found
    const close = whoSaid(long, 'the budget keeps the harbor open through winter');
    expect(close.verdict).toBe('close');
    expect(close.matches[0]!.speaker).toBe('Ben Ode');
  });
});

describe('whoSaid on a question of one rare word and function words', () => {
  it('does not list as “close” a wording of the same person that shares only the rare word', async () => {
    const { doc, storeOf } = await import('../store/fixtures.js');
    const store = storeOf([
      doc('a.txt', ['Rosa Ilves|You have to take out their trawlers'], 'Coast Daily'),
      doc('b.txt', ['Rosa Ilves|The storm is tearing our trawlers apart'], 'Bay Times'),
      ...Array.from({ length: 30 }, (_, i) => doc(`f${i}.txt`, [`Ben Ode|Ferry timetable number ${i} changes again in spring`])),
    ]);
    const r = whoSaid(store, 'you have to take out their trawlers');
    expect(r.verdict).toBe('verbatim');
    expect(r.matches[0]!.outlets.map((o) => o.document)).toEqual(['a.txt']);
  });
});
