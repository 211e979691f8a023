/**
 * Attribution rules added for real news prose: coordinated verbs, opening phrases with their own clauses,
 * participles after a quotation, and the other constructions below. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc, speakersIn as speakers } from './helpers.js';

describe('attribution rules: coordination and clause structure', () => {
  it('gives a naming verb after "but" the subject of the first verb', () => {
    const [, q] = speakers('Lena Moss praised the budget as “a fair deal” but described the tax plan as “a step backwards.”');
    expect(q).toMatchObject({ text: 'a step backwards.', speaker: 'Lena Moss' });
  });

  it('does not let "but" carry a subject to a verb that only has an object', () => {
    const [q] = speakers('The city has said it is neutral but keeps a “special” bond with the league.');
    expect(q?.speaker).toBeNull();
  });

  it('finds the subject after an opening phrase that holds a relative clause of its own', () => {
    const [q] = speakers(
      'In Dover, which hosts the final vote next week, Carla Wendt thanked her staff but described the count as a “long, slow grind.”',
    );
    expect(q).toMatchObject({ speaker: 'Carla Wendt' });
  });

  it('keeps a participle after a quotation on the clause before it', () => {
    const qs = speakers('At the rally, Omar Fiske said the new rules could be “costly,” adding, “Nobody wants that.”');
    expect(qs.map((q) => q.speaker)).toEqual(['Omar Fiske', 'Omar Fiske']);
  });

  it('takes the name and speech verb right after a comma quotation over an earlier clause', () => {
    const [q] = speakers('The fans kept cheering for their team “until the lights went out,” Rita Vance said as she packed up her flag.');
    expect(q).toMatchObject({ speaker: 'Rita Vance' });
  });

  it('leaves a quotation reported just before it with that verb, not the name after it', () => {
    const [q] = speakers('When a man at the back shouted, “Louder,” Rita Vance laughed and raised her voice.');
    expect(q?.speaker).not.toBe('Rita Vance');
  });

  it('credits a sentence-final "…, said NAME" with a quotation earlier in the sentence', () => {
    const [q] = speakers('The league has handled the dispute with “kid gloves” so far, said Nora Kessel, an analyst at the institute.');
    expect(q).toMatchObject({ speaker: 'Nora Kessel' });
  });

  it('credits the source set off by a dash (or "More from") before a colon in a roundup line', () => {
    const qs = speakers(
      'Polls shared the blame for the upset - PollWatch: “Pollsters are taking a lot of heat this week.”',
      'What it means for the vote - More from Lindqvist: “The state population is only a starting point.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['PollWatch', 'Lindqvist']);
  });

  it('does not read a state after a city as the name an appositive description belongs to', () => {
    const [q] = speakers('At the meeting in Dover, New Jersey, the mayor’s aide retorted: “There is no money left for the bridge.”');
    expect(q?.mention).toBe('the mayor’s aide');
  });

  it('reads a hyphen run into a name after a quotation as a signature, a title marking the person', () => {
    const qs = speakers(
      '“The bridge will open in May. We are ready.” -Mayor Lindqvist, speaking after the vote.',
      '“It needs to stop now.” -Maria Oduya, Boston.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Lindqvist', 'Maria Oduya']);
  });

  it('gives an unattributed quotation the attribution of the quotation right after it', () => {
    const qs = speakers(
      '“Not only can she win in May, she is the one with the best chance.” “She may be the only one, because the others split the party,” Ruiz notes.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Ruiz', 'Ruiz']);
  });

  it('keeps a sentence-long quotation in the reported speech past "but", a scare quote not', () => {
    const [q] = speakers(
      'Ana Ruiz says voters want change, but instead the board is offering “more of the same old plans from last year.”',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
    // past "but", no verb of saying claims the scare quote (only the last resort for scare quotes may)
    const [scare] = extractClaims(doc('Ana Ruiz says the city is neutral but keeps a “special” bond with the league.')).quotes;
    expect(scare?.rule).toBe('fragment-clause-subject');
  });

  it('credits the "by" agent of a passive speech verb', () => {
    const [q] = speakers('Lena Moss was asked by panel moderator Tomas Grell, “Would you raise the tax again?”');
    expect(q).toMatchObject({ speaker: 'Tomas Grell' });
    const [s] = speakers('The plan has been called “a tax on the poor” by Tomas Grell, a professor.');
    expect(s).toMatchObject({ speaker: 'Tomas Grell' });
  });

  it('walks over a title inside an appositive to the subject, leaving the title unattributed', () => {
    const qs = speakers('Jeff Orlow, the author of “Going Viral,” a book about rumours, said the days of “one shared story” are gone.');
    expect(qs.map((q) => q.speaker)).toEqual([null, 'Jeff Orlow']);
    const [pin] = speakers('Lena Moss, a delegate wearing a hat and “Vote Grell” pins, said the convention was calm.');
    expect(pin?.speaker).toBeNull();
  });

  it('lets a share of those polled speak as a group', () => {
    const qs = speakers(
      'Asked about the mayor, 21 percent said “not too likely” and about four in 10 said they were “angry” about the budget.',
    );
    expect(qs.map((q) => q.mention)).toEqual(['21 percent', 'four in 10']);
  });

  it('takes the noun phrase after "with" as the subject of an absolute participle', () => {
    const qs = speakers(
      'The vote set off a fresh debate, with Senator Ana Ruiz telling reporters she saw the mayor as “directly responsible” for the delay.',
      'The square was full, with students and teachers chanting “Keep the school open” until dark.',
    );
    expect(qs.map((q) => q.mention)).toEqual(['Senator Ana Ruiz', 'students and teachers']);
  });

  it('falls back to the verb before a comma quotation when the words after it attribute nothing', () => {
    const [q] = speakers('A year ago, the veteran senator said, the papers considered him a “fringe candidate,” making air quotes.');
    expect(q).toMatchObject({ mention: 'the veteran senator' });
  });

  it('skips a capitalised "And then" before the subject of a participle', () => {
    const [q] = speakers('And then Lena Moss went fully on the attack, saying, “Will the mayor ever answer? If not, she should go!”');
    expect(q).toMatchObject({ speaker: 'Lena Moss' });
  });

  it('reads "made (it) clear that" as a speech cue', () => {
    const qs = speakers(
      'Lena Moss has made clear that she expects the board to send its “attack dogs” after her.',
      'Tomas Grell backed the deal, although he made it clear that he has “serious concerns” about it.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Lena Moss', 'Tomas Grell']);
  });

  it('lets "but told X that" keep the first subject, and no name phrase run across "that"', () => {
    const [q] = speakers(
      'Lena Moss, who was speaking to the mayors, did not name him, but told the harbour board that the port should be run by those “who put the town ahead of their own business.”',
    );
    expect(q).toMatchObject({ speaker: 'Lena Moss' });
  });

  it('skips "in the past" and "in recent weeks" between a subject and its verb', () => {
    const qs = speakers(
      'Ana Beck, who has in the past described the mayor as “a pathological liar,” said nothing.',
      'Tomas Grell in recent weeks has said the plan is “dead on arrival.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Ana Beck', 'Tomas Grell']);
  });

  it('credits the owner of a noun of saying ("her remark that", "Grell’s warning that")', () => {
    const qs = speakers(
      'Former minister Ana Albright stirred a row this year over her remark that “there is a special place in hell for such people.”',
      'The vote came after Tomas Grell’s warning that the town would go to the “back of the queue” for funds.',
    );
    expect(qs.map((q) => [q.speaker, q.mention])).toEqual([
      ['Ana Albright', 'her'],
      ['Tomas Grell', 'Tomas Grell'],
    ]);
  });

  it('credits the owner when the quotation sits before the noun of saying ("Moss’s “47 percent” comment")', () => {
    const [q] = speakers('Ana Moss’s “47 percent” comment was nearly as dismissive as the rest.');
    expect(q).toMatchObject({ speaker: 'Ana Moss' });
  });

  it('refers a possessive pronoun to the name that is its clause subject, and reads "went on" as speech only before its words', () => {
    const [q] = speakers(
      'Tomas Grell spoke first. As the debate went on and Lena Moss stood by her comment that “the budget is a fraud,” Grell tried again.',
    );
    expect(q).toMatchObject({ speaker: 'Lena Moss', mention: 'her' });
    const [r] = speakers('Lena Moss went on, “And we will not stop now.”');
    expect(r).toMatchObject({ speaker: 'Lena Moss' });
  });

  it('credits the "by" agent of a reduced passive ("as described by X", "labeled … by")', () => {
    const qs = speakers(
      'From her failures to being “extremely careless” with secrets – as described by Director Ana Moss – many doubt her.',
      'The plan, once labeled “a blank cheque for builders” by the council, passed.',
    );
    expect(qs.map((q) => q.mention)).toEqual(['Director Ana Moss', 'the council']);
  });

  it('credits the "by" agent of a reduced passive after a dash', () => {
    const [q] = speakers('The inquiry into the harbour fire — often labeled a “witch hunt” by the opposition — is still open.');
    expect(q).toMatchObject({ mention: 'the opposition' });
  });

  it('credits the outer reporting verb when an inner speech verb does not introduce the quotation', () => {
    const [q] = speakers(
      'Tomas Grell spoke at noon. The longtime senator said he rarely asks friends to campaign for him, “except for people I am very close to.”',
    );
    expect(q).toMatchObject({ mention: 'The longtime senator' });
  });

  it('credits the outer reporting verb when the verb inside its clause introduces the quotation', () => {
    const qs = speakers(
      'Mayor Tove Lind said the harbour workers were chanting “No more cuts.”',
      'Nils Dahl said that he expects voters will say “enough” in May.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Tove Lind', 'Nils Dahl']);
  });

  it('credits the outer reporting verb past a title in marks before its clause', () => {
    const qs = speakers('Ana Ruiz told Radio North’s “Morning Talk” that Tom Lind agrees the plan is a “total failure.”');
    expect(qs.map((q) => q.speaker)).toEqual([null, 'Ana Ruiz']);
  });

  it('credits a subject and speech verb that close the sentence after a comma with the quotations before them', () => {
    const qs = speakers(
      'Nils Dahl said Ana Lind “would never win,” the source recalled, adding that the vote was close.',
      'The ferry was branded “a floating hotel” by critics, Vera Holm wrote.',
      'Tove Lind called the quay “far too short” for the new boats, the harbour master said Friday.',
      'The ferry plan is “a relic of the old days,” Ana Ruiz, a delegate, told Radio North.',
    );
    expect(qs.map((q) => q.mention)).toEqual(['the source', 'Vera Holm', 'the harbour master', 'Ana Ruiz']);
  });

  it('keeps the inner verb when a comma or a clause opener separates it from the earlier verb', () => {
    const qs = speakers(
      'When Tove Lind said the harbour would stay open, a docker yelled “Prove it!”',
      'Nils Dahl said it was late, though the clerk said “the count is done.”',
      'Vera Holm said goodbye as the crowd shouted “One more!”',
    );
    expect(qs.map((q) => q.mention)).toEqual(['a docker', 'the clerk', 'the crowd']);
  });
});

describe('attribution rules: names and descriptions', () => {
  it('reads a programme name after an owner or a preposition as a title, even when it closes the sentence', () => {
    const qs = speakers('Mayor Tove Lind spoke on Radio North’s “Harbour Hour.”', 'Lind later appeared on “Morning Report.”');
    expect(qs.map((q) => q.speaker)).toEqual([null, null]);
  });

  it('does not take an owner in the possessive for part of the name after it', () => {
    const [q] = speakers('“The port is full,” said Harbour Weekly’s Nils Dahl.');
    expect(q).toMatchObject({ speaker: 'Nils Dahl' });
  });

  it('takes a single name right after its role noun', () => {
    const [q] = speakers('“We play for free tonight,” said band member Flint.');
    expect(q).toMatchObject({ speaker: 'Flint' });
  });

  it('keeps the name a description relates a person to', () => {
    const qs = speakers(
      '“The numbers are wrong,” said a longtime adviser to Governor Ana Ruiz.',
      'A person close to the Linds said the mayor was “tired but calm.”',
      'An aide to Mayor Tove Lind said the vote was “a foregone conclusion.”',
    );
    expect(qs.map((q) => q.mention)).toEqual([
      'a longtime adviser to Governor Ana Ruiz',
      'A person close to the Linds',
      'An aide to Mayor Tove Lind',
    ]);
  });
});

describe('attribution rules: clause structure around the verb', () => {
  it('gives a verb after a comma the subject of the clause before it when that clause has its own verb', () => {
    const [q] = speakers('Mayor Tove Lind spoke first. She later said the answer was behind the delay, called it “second-rate” and left.');
    expect(q).toMatchObject({ mention: 'She' });
  });

  it('passes over a state after the city an opening phrase ends in', () => {
    const [q] = speakers('Speaking at a town hall in Bergen, Norway, Nora Vik went after Berg, calling him “a total loss.”');
    expect(q).toMatchObject({ speaker: 'Nora Vik' });
  });

  it('carries a speaker on to the next sentence past a title in marks', () => {
    const qs = speakers(
      '“We must listen to the harbour towns,” wrote the authors of the report, citing a film called “Low Tide.” “If they feel ignored, they will stop listening.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['the authors', null, 'the authors']);
  });
});

describe('attribution rules: what someone thought', () => {
  it('credits the person a past "thought" reports, not an earlier verb of saying', () => {
    const [q] = speakers('In 2010, Lind warned the board against the loan, because he thought it “risks a run on the bank” and more.');
    expect(q).toMatchObject({ speaker: 'Lind', mention: 'he' });
  });

  it('gives a nickname inside a name no speaker, even in a clause a verb reports', () => {
    const [q] = speakers('Mayor Ana Ruiz may have thought the worst was over when she beat Tomas “Chuy” Lind in the runoff.');
    expect(q).toMatchObject({ text: 'Chuy', speaker: null });
  });
});

describe('attribution rules: scare quotes', () => {
  it('gives a scare quote the subject of its clause when that subject is a person', () => {
    const qs = speakers(
      'Mayor Tove Lind drew up a “quick fix” for the harbour.',
      'The plan is, at best, a “stopgap” for the winter.',
      'She called on the council to end the “harbour tax” this year.',
    );
    expect(qs.map((q) => [q.speaker, q.mention])).toEqual([
      ['Tove Lind', 'Mayor Tove Lind'],
      [null, null],
      ['Tove Lind', 'She'],
    ]);
  });
});

describe('attribution rules: appositives, parentheticals and titles before names', () => {
  it('does not credit a verb inside a relative clause of the subject as the outer report', () => {
    const [q] = speakers('Nora Vik, who rang Berg an hour after the count was over, told her volunteers, “I still love this town.”');
    expect(q).toMatchObject({ speaker: 'Nora Vik' });
  });

  it('reads "…, says NAME, …" set off by commas as an inverted attribution', () => {
    const [q] = speakers('The paradox of Oslo, says Carl Anton, a historian at the museum, is that it was “one of the most open cities.”');
    expect(q).toMatchObject({ speaker: 'Carl Anton' });
  });

  it('finds the name after a rank or a party label', () => {
    const qs = speakers(
      '“I do not understand it,” said Air Force 1st Lt. Tyler Lind.',
      '“We are frustrated,” said Oversight ranking Democrat Elijah Moss.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Tyler Lind', 'Elijah Moss']);
  });

  it('takes the name before an unclosed appositive of joined roles', () => {
    const [q] = speakers('Anthony Anton, president and CEO of the Bergen Restaurant Association stated, “It is not a political problem.”');
    expect(q).toMatchObject({ speaker: 'Anthony Anton' });
  });

  it('lets a pronoun and its verb set off by dashes attribute the quotation between them', () => {
    const [q] = speakers('Nora Vik spoke next. Vik called the plan unserious - “Again, we need the details,” she said - and left.');
    expect(q).toMatchObject({ mention: 'she' });
  });
});

describe('attribution rules: sentences between quotations', () => {
  it('gives a quotation after a sentence of narration to that sentence’s person subject', () => {
    const qs = speakers('“Tell her I promised you a picture,” Ana Ruiz said, and her husband interrupted. “Do not forget me.”');
    expect(qs.map((q) => q.mention)).toEqual(['Ana Ruiz', 'her husband']);
  });

  it('carries the speaker on to the next sentence only, and further back only when nothing else answers', () => {
    const qs = speakers('“We are ready,” the minister said. The boats left at dawn. “The crews are rested.”');
    expect(extractClaims(doc('“We are ready,” the minister said. The boats left at dawn. “The crews are rested.”')).quotes[1]?.rule).toBe(
      'earlier-in-paragraph < verb-after',
    );
    expect(qs[1]).toMatchObject({ speaker: 'the minister' });
  });

  it('gives words of a sentence of their own right after a quoted speaker that speaker, the next sentence only', () => {
    const qs = speakers(
      '“The quay is open again,” said Ana Ruiz, the harbour master. Unless the storm returns, “the ferry will run every hour from Monday.”',
      '“The vote was fair,” Omar Fiske said. Later he left the hall. Then, “the board will meet again in May.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Omar Fiske', null]);
    // in the same sentence past the first quotation's attribution, whatever its verb
    const [, q] = speakers('“The way I see it,” Ana Ruiz elaborated, “the ferry will run every hour.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });

  it('does not read a participle right after a quotation as an inverted verb', () => {
    const [q] = speakers('Mayor Tove Lind defended “Bergen values,” saying the city embodied them.');
    expect(q).toMatchObject({ speaker: 'Tove Lind' });
  });
});

describe('attribution rules: participles past titles, dashes and role nouns', () => {
  it('lets a participle find its verb of saying past a title in marks', () => {
    const qs = speakers(
      '“Lind would be the best mayor,” Nils Berg said on Radio North’s “Morning Talk,” adding, “Her problem is the budget.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Nils Berg', null, 'Nils Berg']);
  });

  it('sets a relative clause off with dashes from the subject before it', () => {
    const [q] = speakers('Mayor Tove Lind - who once said she would “close every mine” - spoke on Friday.');
    expect(q).toMatchObject({ mention: 'who', speaker: 'Tove Lind' });
  });

  it('ends a description at the -s verb after its role noun', () => {
    const [r] = speakers('Mayor Tove Lind spoke first. The Bergen senator likes the plan, calling it “a fair deal.”');
    expect(r).toMatchObject({ mention: 'The Bergen senator' });
  });
});

describe('attribution rules: lists of speakers', () => {
  it('makes two people joined by "and" one joint speaker, before or after the verb', () => {
    const qs = speakers(
      '“We can only wonder about the intent,” said Senate leader Ana Ruiz and House Speaker Li Wei in a statement.',
      'Ana Ruiz and Li Wei said the vote was “a farce.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Ana Ruiz and Li Wei', 'Ana Ruiz and Li Wei']);
  });
});

describe('attribution rules: "according to" chains', () => {
  it('credits a reporter named with "according to" over the person it quotes', () => {
    const [q] = speakers('Mayor Tove Lind said the quay was “far too short,” according to Radio North.');
    expect(q).toMatchObject({ speaker: 'Radio North' });
  });

  it('takes no source from "according to" a thing that reports nothing', () => {
    const [q] = speakers('Mayor Tove Lind said the quay was “far too short,” according to her own measurements.');
    expect(q).toMatchObject({ speaker: 'Tove Lind' });
  });

  it('leaves the words to the person quoted when "according to" names a record of them', () => {
    const [q] = speakers('Mayor Tove Lind said the quay was “far too short,” according to a readout from the harbour board.');
    expect(q).toMatchObject({ speaker: 'Tove Lind' });
  });
});
