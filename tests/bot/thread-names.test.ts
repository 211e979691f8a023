/**
 * "was it X?" in a thread on an answer, end to end through the local Discord emulator: a person answered as "did X
 * say it?", an outlet with whether it carries the words, a name that is both asked back (and the questions offered
 * back understood), other scripts' question marks, and mentions in follow-ups pinging nobody. Articles of our own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSentPayloads, visibleText as escapedText } from '../hostile/helpers.js';
import { MEMBER, reloadWith, useHarness, WHERE as where } from './harness.js';

const ARTICLES: Record<string, string> = {
  'names-wire.txt': `Kiln to close
Source: Tidewater Wire
2026-05-11

Works manager Edda Morrow told staff on Monday: "The old kiln will go cold before the autumn fair."
`,
  'names-ledger.txt': `Kiln closing
Source: Brackwater Ledger
2026-05-12

"The old kiln will go cold before the autumn fair," Morrow said on Tuesday.
`,
  'names-sallow.txt': `Town notes
Source: Sallow Post
2026-05-14

"The ferry timetable changes in June," said harbour clerk Jo Tidewater.
`,
};

const visibleText = (m: Parameters<typeof escapedText>[0]): string => escapedText(m).replace(/\\\\(.)/g, '$1');
const h = useHarness();

beforeAll(() => reloadWith(h, ARTICLES), 60_000);

describe('"was it X?" in a thread', () => {
  it('answers a person, an outlet, and asks back a name that is both', async () => {
    const answer = await h.emu
      .slashCommand({
        name: 'who-said',
        options: [{ name: 'quote', type: 3, value: 'the old kiln will go cold before the autumn fair' }],
        user: MEMBER,
        ...where,
      })
      .final();
    await h.emu.clickButton({ message: answer, customId: 'qt:thread', user: MEMBER, ...where }).response();
    await expect.poll(() => h.emu.messages(answer.id).length, { timeout: 5000 }).toBeGreaterThan(0);
    const say = async (content: string) =>
      visibleText(await h.emu.postMessage({ channelId: answer.id, content, author: MEMBER }).waitForBotMessage());

    // each had been "🤔 Not understood"
    const morrow = await say('was it Morrow?');
    expect(morrow).toContain('Verbatim — said by');
    expect(morrow).toContain('Edda Morrow');
    const both = await say('was it Tidewater?');
    expect(both).toContain('A person or an outlet?');
    expect(both).toContain('may be a person quoted in the corpus (Jo Tidewater) or an outlet (Tidewater Wire): which do you mean?');
    expect(both).toContain('**did Jo Tidewater say it?** · **did Tidewater Wire carry it?**');
    expect(await say('did Tidewater Wire carry it？')).toMatch(
      /Carried by Tidewater Wire[\s\S]*Yes: \*\*Tidewater Wire\*\* carries these words/,
    );
    const no = await say('<@500000000000000099> @everyone was it the Sallow Post?');
    expect(no).toMatch(/Not carried by Sallow Post[\s\S]*No: \*\*Sallow Post\*\* does not carry these words/);
    expect(no).toContain('Brackwater Ledger: **2026-05-12** (verbatim)');
    expect(await say('was it Quill?')).toContain('No person quoted in the corpus and no outlet in it is called “Quill”');
    // the thread stays on its quotation after these
    expect(await say('wich outlets carried it?')).toContain('First carried by **Tidewater Wire** on 2026-05-11');
  }, 30_000);

  it('every message was a valid payload that pings nobody', () => {
    expect(checkSentPayloads(h.emu)).toBeGreaterThan(5);
  });
});
