/**
 * Other candidates of a who-said answer, each with its kind (close wording, paraphrase): one no outlet quotes (reported speech) is shown as reported, not in quotation
 * marks, as the lead shows a best match that is reported speech, in the terminal and Discord answers alike (articles
 * of our own).
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidPayload } from '../../src/render/discord.js';
import { VERDICT_LABELS } from '../../src/render/labels.js';
import { whoSaidText } from '../../src/render/text.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'harbour-a.txt',
    outlet: 'Coast Gazette',
    date: '2026-05-04',
    text: story('Harbour stays open', 'Mayor Petra Lind said: "We will keep the harbour open to the fishing boats through the winter."'),
  },
  {
    file: 'harbour-b.txt',
    outlet: 'Bay Courier',
    date: '2026-05-05',
    text: story(
      'Fishing boats welcome',
      'Councillor Omar Biel said the council must keep the harbour open to the fishing boats through the winter storms.',
    ),
  },
]);

describe('who-said candidates that are reported speech', () => {
  const result = whoSaid(store, 'keep the harbour open to the fishing boats through the winter');

  it('are shown as reported, not quoted, in both renderings', () => {
    const reported = result.matches.slice(1).find((m) => m.quoted === false);
    expect(reported).toBeDefined();
    const text = whoSaidText(result);
    expect(text).toContain(`Reported, not quoted: ${reported!.quote}`);
    expect(text).not.toContain(`“${reported!.quote}”`);
    const payload = whoSaidPayload(result);
    assertValidMessagePayload(payload);
    const json = JSON.stringify(payload);
    expect(json).toContain('Reported, not quoted: ');
    expect(json).not.toContain(`“${reported!.quote}”`);
  });

  it('keep the quotation marks on quoted candidates', () => {
    expect(whoSaidText(result)).toContain('“We will keep the harbour open');
  });

  it('name each candidate’s kind before its match, so a close one matching every word does not read as verbatim', () => {
    const text = whoSaidText(result);
    const json = JSON.stringify(whoSaidPayload(result));
    for (const m of result.matches.slice(1)) {
      const said = `${VERDICT_LABELS[m.kind].label.toLowerCase()} · ${Math.round(m.score * 100)}% match`;
      expect(text).toContain(said);
      expect(json).toContain(said);
    }
  });
});
