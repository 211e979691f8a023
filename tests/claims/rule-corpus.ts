/**
 * A small corpus of our own sentences in which every attribution rule of rules.ts decides at least one
 * quotation (tests/claims/engine.test.ts checks that it does).
 */
export const RULE_CORPUS: string[][] = [
  ['Tove Lind said she would fight “Clean Harbours Now” until the vote.', 'The programme “Morning Report” ran late again.'],
  ['Lind: Mayor Ruiz Is A ‘Total Failure’ On The Harbour', 'Mayor Ana Ruiz and Oskar Lind spoke to dock workers on Friday.'],
  ['“The new ferry saves me an hour a day.”', '- Lotte Brandt', '“I still miss the old harbour.” \u2015 Emil Sandvik.'],
  ['The harbour plan went to a vote.', '"We will keep the ferry running all winter.', 'Oskar Moore, Harbour Council."'],
  [
    'Governor Ana Ruiz toured the valley on Monday.',
    '“We will rebuild every house,” Ruiz said.',
    'Ana Ruiz said the plan was “a bold step for the valley.”',
    '“Not this year,” came the reply from the governor.',
    'The budget is “far too thin” for the work ahead, she said as she left the hall.',
    'The two armies “kept close ties” that led to “new joint drills,” Tan Kefei said.',
  ],
  [
    'The two navies will hold “joint patrols every spring” from now on, according to a statement from the ministry.',
    'Ana Ruiz said the quay was “far too short,” according to Radio North.',
    '“The quay is far too short,” said Ana Ruiz, the harbour master, reports Radio North.',
    'Tove Lind called the quay “far too short” for the new boats, the harbour master said Friday.',
    'The plan was set out in a note released by the Harbour Board.',
    '“Repairs will take a year and the ferry will run meanwhile” is in the same note.',
    'Harbour traffic doubled - Ines Hallberg: “Most of the growth came from small boats.”',
    'In a harbour survey released Monday, 40 percent of skippers said the quay was “far too short.”',
  ],
  [
    'Mayor Tove Lind spoke on Friday.',
    'Critics seized on her remark that the port was now “a museum.”',
    'Lind says voters want change, but instead the board is offering “more of the same old plans.”',
    'Oskar Moore thanked the crew for “keeping the lights on all night.”',
  ],
  [
    'Jonas Berg said: “The river rose overnight.',
    '“By morning the lower town was under water.”',
    '“We are ready,” the minister said. “The boats are fuelled.”',
    '“The crews are rested and the pumps are running.”',
    'The harbour office said the plan would help. “We are going to support the rescue.”',
    '“We are ready,” the minister said. The boats left at dawn. “The crews are rested.”',
    '“Tell her I promised you a picture,” Ana said, and her husband interrupted. “Do not forget me.”',
    'The mayor said on Friday:',
    '“Nobody will lose their home.”',
    'The storm passed before dawn.',
    '“The first part ends here.” “The second part comes now,” Ana Ruiz notes.',
    'The crowd waited in the rain, and then “nothing” happened for hours.',
    'Mayor Tove Lind drew up a “quick fix” for the harbour.',
    'Harbour master Ines Hallberg, who thinks the board is “asleep at the wheel,” left early.',
    '“The quay is safe,” said Ana Ruiz. “We will reopen it in May,” she added.',
    '“The quay is open again,” said Ana Ruiz. Unless the storm returns, “the ferry will run every hour from Monday.”',
    'Oskar Dahl has argued that the port was doomed from the start. As a result, there is still “a costly ferry nobody wants.”',
  ],
  [
    'Ana Ruiz Calls Harbour Fees ‘A Tax On Every Fisherman In The Bay’',
    'Mayor Ana Ruiz spoke to dock workers on Friday about the harbour.',
  ],
  [
    'Some think the ferry still has a chance.',
    '“The ferry can still win the vote.”',
    '“It may be the only hope the town has,” Jonas Berg notes.',
  ],
  ['The night ferry sails again from Monday. https://t.co/Fx81kQ \u2014 Greta Nyman (@gnyman) March 4, 2019'],
  ['Mayor Ana Ruiz spoke on the radio. An edited transcript:', 'HOST: Will the ferry run?', 'RUIZ: Every night.', 'HOST: Even in a storm?'],
  // a post embedded in a web page, as the web layer writes it (corpus/web/embeds.ts)
  ['The ferry board met late.', '“The night ferry sails again from Monday.” — Greta Nyman (@gnyman) on Bluesky'],
  ['Li Wei described the vote in his column:', 'Voters were tired. In the end the “harbour party” took every seat on the council.'],
  [
    'The ruling prompted the Harbour Council to state, “We will appeal at once.”',
    'A March 3 letter from the Port Authority obtained by the Gazette warns that “any further delay will cost the city dearly.”',
    'Shortly after the call ended, the campaign sent out a press release saying Ruiz owes “the town an explanation for the vote.”',
  ],
  ['Mayor Tove Lind also spoke about the harbour case at the meeting.', '“The quay belongs to the town. We will not sell it.”'],
  ['The dock workers handed out caps that said, “The harbour is open to all.”'],
  [
    'Oskar Lind spoke first at the hearing. Then Tove Berg took the stand and faced the board.',
    '“I was on the quay that night. The water rose fast.',
    '“Nobody warned us,” Berg said.',
  ],
];
