/**
 * THE attribution rules, in the order they are tried. For each quotation the engine (engine.ts) runs them
 * top to bottom; the first that answers decides, and its name is recorded on the quotation (`rule` in
 * `extract --json`). To change behaviour, add, remove or move an entry here; each rule's work lives in the
 * module it calls. Examples use sentences of our own.
 */
import { addedAfter, afterTail, laterInSentence, replyAfter, rightAfter } from './after.js';
import { before, relativeClause, sentenceLike, subjectOfClause, talkedOf, titleInClause } from './before.js';
import {
  accordingTo,
  closingAttribution,
  colonLead,
  controlledSpeaker,
  documentSender,
  documentSubject,
  leadBlock,
  namedAfterWords,
  namedDocument,
  openingSource,
  previousSentenceLead,
  previousSentenceReport,
  previousSentenceSubject,
  relativeSpeaker,
  reportedBy,
  talkedLead,
  thenColonSubject,
} from './context.js';
import { askedAfter, askedBefore, chantSpeaker, closesWithAttribution, possessiveCue, viewpointHolder } from './cues.js';
import { carry, NO_SPEAKER, type QuoteContext, type Rule } from './engine.js';
import { foreignAfter, foreignBefore } from './foreign.js';
import { inEditorsNote } from './notes.js';
import { framedAs, namedNotSaid } from './naming.js';
import { citedWords } from './cited-words.js';
import { headlineAfterSpeaker, headlineLeadSpeaker, headlineSpeaker } from './headline.js';
import { colonName, dashColonName, signedAfter, signedBelow, signedLineBelow } from './signed.js';
import type { RawQuote } from './quotes.js';
import { sentenceEnd, type Token } from './tokens.js';
import { transcriptSpeaker } from './transcripts.js';
import { postAuthor } from './tweets.js';
import { embeddedPostAuthor } from './embedded-posts.js';
import { taggedPostAuthor } from './tagged-posts.js';

/** Does the quotation open its sentence? */
const opens = (q: QuoteContext): boolean => q.sentenceStart === q.k;

/** Does the quotation open its sentence, or the clause after a semicolon ("Ruiz answered Hale; “…” was his reply")? */
const opensClause = (q: QuoteContext): boolean => opens(q) || q.toks[q.k - 1]?.text === ';';

/** Is the quotation the first thing in its sentence, or right after another quotation? */
function opensOrFollowsQuote(q: QuoteContext): boolean {
  const prev = q.toks[q.k - 1];
  return !prev || prev.sentence !== (q.toks[q.k] as Token).sentence || prev.kind === 'quote';
}

/**
 * The last quotation before this one in block `block` that is not a title in marks (“Going Viral”, which
 * carries no speaker on); -1 when there is none.
 */
function lastSaid(q: QuoteContext, block: number): number {
  for (let j = q.qi - 1; j >= 0; j--) {
    const raw = q.model.quotes[j];
    if (!raw || raw.block < block) return -1;
    if (raw.block > block || q.titles[j]) continue;
    return j;
  }
  return -1;
}

/** The sentence number of quotation `j`. */
function sentenceOf(q: QuoteContext, j: number): number {
  const [b, k] = q.model.quoteAt[j] as [number, number];
  return ((q.model.blocks[b] as Token[])[k] as Token).sentence;
}

/**
 * The speaker's last quotation, in the sentence right before, that a quotation opening its sentence (or right after
 * another quotation) goes on from ("“…,” he said. “More words.”"); -1 when there is none.
 */
function nextSentenceAfter(q: QuoteContext): number {
  const j = opensOrFollowsQuote(q) ? lastSaid(q, q.raw.block) : -1;
  return j >= 0 && sentenceOf(q, j) >= sentenceOf(q, q.qi) - 1 ? j : -1;
}

/** Most paragraphs a quotation left open may run on for its closing part to speak for it. */
const MOST_OPEN_PARAGRAPHS = 8;

/**
 * The speaker of a quotation left open at the end of its paragraph (and carried on, part by part, one paragraph
 * each) named by the verb right after its closing part: that part's own attribution, read where it stands (the
 * closing part is not asked for its decision, which may carry this one's).
 */
function closingPartSpeaker(q: QuoteContext): ReturnType<Rule['run']> {
  if (q.raw.closed) return null;
  let j = q.qi;
  for (let n = 0; n < MOST_OPEN_PARAGRAPHS; n++) {
    const part = q.model.quotes[j] as RawQuote;
    const next = q.model.quotes[j + 1];
    const at = q.model.quoteAt[j + 1];
    if (!next || !at || !next.continued || next.block !== part.block + 1 || at[1] !== 0) return null;
    j++;
    if (!next.closed) continue;
    const toks = q.model.blocks[at[0]] as Token[];
    return q.titles[j] ? null : rightAfter(q.model, toks, at[1], sentenceEnd(toks, at[1]));
  }
  return null;
}

/**
 * No speaker, unless the sentence names a source with "according to" ("According to the playbook, sellers were told,
 * “…”": the playbook told them).
 */
function unlessAccording(q: QuoteContext, answer: ReturnType<Rule['run']>): ReturnType<Rule['run']> {
  return answer === NO_SPEAKER ? (accordingTo(q.model, q.toks, q.k) ?? NO_SPEAKER) : answer;
}

/** Rules for words someone said; titles in marks get none of them. */
const said = (run: (q: QuoteContext) => ReturnType<Rule['run']>) => (q: QuoteContext) => (q.title ? null : run(q));

/** The attribution rules, most reliable first. */
export const RULES: readonly Rule[] = [
  // Correction: An earlier version of this article misquoted Karl Dunne as saying “…”: an editor's note or a
  // correction telling what the outlet's own text said quotes that text, nobody's words (notes.ts)
  { name: 'editors-note', run: (q) => (inEditorsNote(q) ? NO_SPEAKER : null) },
  // The ferry runs all winter. https://t.co/x — Carla Moreno (@cmoreno) June 29, 2016: a pasted post's words,
  // by the name it is signed with (its words are a quotation without marks, tweets.ts)
  { name: 'tweet-signature', run: (q) => postAuthor(q.model, q.raw) },
  // The following is a transcript. ¶ TAPPER: Do you support it? ¶ RUIZ: I do.: a transcript's labelled paragraph,
  // said by the speaker its label names (its words are a quotation without marks, transcripts.ts)
  { name: 'transcript-label', run: (q) => transcriptSpeaker(q.model, q.raw) },
  // “The ferry runs all winter.” — Carla Moreno (@cmoreno) on X: a post embedded in a web page, as the web layer
  // writes it (corpus/web/embeds.ts), by the name (else the handle) its embed was signed with
  // (or marked up as a post in a text corpus: <tweet author="@cmoreno">The ferry runs all winter.</tweet>, tagged-posts.ts)
  { name: 'embedded-post', run: (q) => taggedPostAuthor(q.model, q.raw) ?? embeddedPostAuthor(q.model, q.raw) },
  // Lind: Port Plan ‘Dead On Arrival’ / Lind Says Port Is ‘Dead’: a headline's quotation, said by the person it
  // opens with (its title case is no show's name)
  { name: 'headline-lead', run: (q) => (q.title ? headlineLeadSpeaker(q.model, q.toks, q.k) : null) },
  // Port Plan Is ‘Dead,’ Hale Says / ‘It Is Dead,’ Says Hale Of Port Plan: a title-case headline that names the speaker
  // right after its quotation with a verb of saying (its title case is no show's name)
  { name: 'headline-after', run: (q) => headlineAfterSpeaker(q.model, q.toks, q.k) },
  // « Nous ne céderons pas », a déclaré la maire, Hélène Vasseur. / « … », explique-t-elle. / „…“, sagte Bürgermeisterin
  // Anna Becker. / „…“, so Becker. / «…», dijo el alcalde. / «…», ha detto il sindaco. / «…», aseguró.: a French, German,
  // Spanish, Italian or Portuguese verb of saying (or "so", "según") right after the words (foreign.ts); a word alone in
  // marks before a comma is said too, no title (« Jamais », a répondu … / „Niemals“, sagte …)
  {
    name: 'foreign-verb-after',
    run: (q) => {
      const next = q.toks[q.k + 1]?.text;
      const set = next === ',' || next === '\u2014' || next === '\u2013';
      return (q.title ? set : opens(q) || set || q.toks[q.k]?.comma) ? foreignAfter(q.model, q.toks, q.k, q.sentenceEnd) : null;
    },
  },
  // Selon Hélène Vasseur, « … ». / Laut Becker ist der Hafen „…“. / La maire a déclaré : « … » / Según Iglesias, «…».: a
  // French, German, Spanish, Italian or Portuguese source word, or verb of saying with its subject, before the words in
  // their sentence (foreign.ts); a word alone in marks after a colon is said too (Becker sagte: „Niemals“)
  {
    name: 'foreign-verb-before',
    run: (q) => (opens(q) || (q.title && q.toks[q.k - 1]?.text !== ':') ? null : foreignBefore(q.model, q.toks, q.k, q.sentenceStart)),
  },
  // Their chants of “Ruiz! Ruiz!” filled the hall / the crowd took up the chant “No more fees!”: a crowd's words, by the
  // chant's owner or the subject that takes it up, else no one (a chant in title case is no title)
  { name: 'chant', run: (q) => (opens(q) ? null : chantSpeaker(q.model, q.toks, q.k)) },
  // Ana said she would fight “Clean Harbours Now” to the end: a title inside a clause a speech verb reports (or one the
  // sentence closes on: "That could carry him into the “Harbour Tuesday” vote, Ana said.")
  {
    name: 'title-in-reported-clause',
    run: (q) => (q.title ? (titleInClause(q.model, q.toks, q.k) ?? (opens(q) ? null : closingAttribution(q.model, q.toks, q.k))) : null),
  },
  // “Meet the Press”: any other title or name in marks has no speaker
  { name: 'title', run: (q) => (q.title ? NO_SPEAKER : null) },
  // “…” ¶ - Carla Moreno: signed with a dash and a name in the next paragraph
  { name: 'signed-below', run: said((q) => signedBelow(q.model, q.qi)) },
  // “The ferry runs all winter. ¶ Carla Moreno, Harbour Council.”: a pull quote closed after the line that signs it
  { name: 'signed-line-below', run: said((q) => signedLineBelow(q.model, q.qi)) },
  // “…” ― Carla Moreno
  { name: 'signed-after', run: said((q) => signedAfter(q.model, q.toks, q.k)) },
  // In a poll released Monday, 31% of voters said they were “…”: the survey (or the law) that opens the sentence
  { name: 'opening-source', run: said((q) => openingSource(q.model, q.toks, q.k)) },
  // Ana said the quay was “far too short,” according to Radio North.: a reporter named with "according to" (an
  // outlet, a person, officials) is the source of all its sentence says, the person it quotes included; a record
  // of the words ("according to a readout of the talks") leaves them to the person who said them (below)
  { name: 'according-to-reporter', run: said((q) => accordingTo(q.model, q.toks, q.k, true)) },
  // “…,” said Ana Ruiz, reports Radio North. / … called it “…,” the Harbour News reported.: a named reporter that
  // closes the sentence after a comma is its source, as with "according to"
  { name: 'reported-by', run: said((q) => reportedBy(q.model, q.toks, q.k)) },
  // “…” is in the statement. “…,” he added.: "added" goes on with the speaker of the quotation just before
  {
    name: 'added-after-quote',
    run: said((q) => {
      const j = opens(q) ? lastSaid(q, q.raw.block) : -1;
      return j >= 0 && sentenceOf(q, j) >= sentenceOf(q, q.qi) - 1 ? addedAfter(q.model, q.toks, q.k, q.earlier(j)) : null;
    }),
  },
  // “Why now?” Hale was asked. / “…,” Li was told by an aide.: words put to the subject of a passive verb of asking or
  // telling are the "by" agent's, else an unnamed asker's (no speaker)
  {
    name: 'asked-after',
    run: said((q) =>
      opens(q) || closesWithAttribution(q.model, q.toks, q.k, q.sentenceEnd)
        ? unlessAccording(q, askedAfter(q.model, q.toks, q.k, q.sentenceEnd))
        : null,
    ),
  },
  // “…,” he said / “…,” said Li / X said that …, “…,” she said.: the verb right after a quotation that opens
  // its sentence, or that closes a clause with the attribution after it
  {
    name: 'verb-after',
    run: said((q) =>
      opens(q) || closesWithAttribution(q.model, q.toks, q.k, q.sentenceEnd) ? rightAfter(q.model, q.toks, q.k, q.sentenceEnd) : null,
    ),
  },
  // “The court takes no view on the merits” of the case, the opinion said.: past a short phrase that finishes the words
  { name: 'verb-after-tail', run: said((q) => (opens(q) ? afterTail(q.model, q.toks, q.k, q.sentenceEnd) : null)) },
  // “Absolutely not,” came the reply from Ruiz. / “…,” was the minister’s answer. / Ruiz wrote to Hale; “…” was his
  // reply.: a noun of replying after the words names who said them
  { name: 'reply-after', run: said((q) => (opensClause(q) ? replyAfter(q.model, q.toks, q.k, q.sentenceEnd) : null)) },
  // Li called the plan “a relic,” the mayor said Friday. / … was branded “a hoax” by Ana, Li Wei wrote.: a subject and
  // its speech verb after a comma that close the sentence attribute every quotation before them
  { name: 'closing-attribution', run: said((q) => (opens(q) ? null : closingAttribution(q.model, q.toks, q.k))) },
  // Ana Ruiz, who thinks the board is “asleep,” left early: the relative pronoun of a clause with no speech verb
  { name: 'relative-clause', run: said((q) => (opens(q) ? null : relativeClause(q.model, q.toks, q.k))) },
  // The ruling prompted the Harbour Council to state, “…”: the one a verb brings to speak ("prompted", "led")
  { name: 'control-verb-object', run: said((q) => (opens(q) ? null : controlledSpeaker(q.model, q.toks, q.k))) },
  // A letter from the Port Authority obtained by the Gazette warns that “…”: the document, not who came by it
  { name: 'document-subject', run: said((q) => (opens(q) ? null : documentSubject(q.model, q.toks, q.k))) },
  // After the call, Li’s campaign sent out a release saying Ruiz owes “…”: who sent the document out
  { name: 'document-sender', run: said((q) => (opens(q) ? null : documentSender(q.model, q.toks, q.k))) },
  // Hale was asked: “Why now?” / Li was told that the port was “finished.”: words after a passive verb of asking or
  // telling, the first verb of saying in their sentence, are the "by" agent's, else an unnamed asker's (no speaker)
  { name: 'asked-before', run: said((q) => (opens(q) ? null : unlessAccording(q, askedBefore(q.model, q.toks, q.k)))) },
  // They opposed a formula called the “chained CPI”. / a fund for what is today called “harbour medicine”: a name a
  // participle gives a thing is not the thing's words; as a scare quote, the wording of the clause's subject when that
  // is a person ("they"), else no one's (naming.ts)
  {
    name: 'named-not-said',
    run: said((q) =>
      opens(q) || !namedNotSaid(q.model, q.toks, q.k) ? null : (subjectOfClause(q.model, q.toks, q.k, true) ?? NO_SPEAKER),
    ),
  },
  // The council portrays the plan as a “quick fix”. / Li dismissed them as part of the “old guard”: a verb that casts
  // its object as the words in marks, the framing of its subject (naming.ts)
  // (a passive with no "by" names no one: The levy was portrayed as a “modest step”.)
  // (its "by" before "as" names who frames it: an option seen by planners as a “lifeboat”)
  {
    name: 'framed-as',
    run: said((q) => {
      const framed = opens(q) ? null : framedAs(q.model, q.toks, q.k);
      return framed === false ? NO_SPEAKER : framed;
    }),
  },
  // But polls did predict the vote - CityPulse: “…”: a name set off by a dash before the colon, not the verb before it
  { name: 'dash-colon-name', run: said((q) => (opens(q) ? null : dashColonName(q.model, q.toks, q.k))) },
  // "To Ana Ruiz, the levy is a “lifeline”": a clause a person's point of view opens, no verb of saying after it
  { name: 'viewpoint-holder', run: said((q) => (opens(q) ? null : viewpointHolder(q.model, q.toks, q.k))) },
  // Dahl said “we will finish by June” was a promise the mayor could not keep. / Dahl called “we will finish by June” a
  // promise she could not keep.: a clause in marks that is the subject of a predicate after a verb of saying, or the
  // object a verb of naming casts, is words the speaker comments on: the owner the predicate names, else no one's
  // (cited-words.ts)
  {
    name: 'cited-words',
    run: said((q) => {
      const cited = opens(q) ? null : citedWords(q.model, q.toks, q.k);
      return cited === false ? NO_SPEAKER : cited;
    }),
  },
  // Li talked about keeping the “…”: a verb of talking with "about" or "of" a few words before the quotation
  { name: 'talked-of', run: said((q) => (opens(q) ? null : talkedOf(q.model, q.toks, q.k))) },
  // Li said the two should “…”: the nearest speech verb before the quotation in its sentence
  { name: 'verb-before', run: said((q) => (opens(q) ? null : before(q.model, q.toks, q.k))) },
  // The plan is “dead on arrival,” the senator said.: a speech verb right after a quotation mid-sentence
  {
    name: 'verb-after-mid-sentence',
    run: said((q) => (opens(q) ? null : rightAfter(q.model, q.toks, q.k, q.sentenceEnd, false))),
  },
  // “…” that led to “…,” Tan said: a speech verb later in the sentence, past other quotations
  { name: 'verb-later-in-sentence', run: said((q) => laterInSentence(q.model, q.toks, q.k, q.sentenceEnd)) },
  // The navies will hold “joint patrols”, according to a statement from the ministry.
  { name: 'according-to', run: said((q) => accordingTo(q.model, q.toks, q.k)) },
  // “…”, is in the same note.
  { name: 'named-document', run: said((q) => namedDocument(q.model, q.toks, q.k)) },
  // … doesn't surprise pollster Dana Shore: “…”
  { name: 'colon-name', run: said((q) => colonName(q.model, q.toks, q.k)) },
  // her remark that “…”, Li's warning that the deal would be “…”, a report by the Harbour News that he “invented” it
  { name: 'possessive-cue', run: said((q) => possessiveCue(q.model, q.toks, q.k)) },
  // Ruiz says voters want change, but the board offers “more of the same old plans.”: a clause of its own stays
  // in the reported speech past "but" (a scare quote does not)
  {
    name: 'verb-before-past-but',
    run: said((q) => (opens(q) || !sentenceLike(q.model, q.qi) ? null : before(q.model, q.toks, q.k, false))),
  },
  // Lind Vows To Keep The Port ‘Open Every Day Of The Year’: a title-case line's quotation, said by the person it opens with
  { name: 'headline-name', run: said((q) => headlineSpeaker(q.model, q.toks, q.k)) },
  // Li Wei described the vote in his column: ¶ Voters were tired, and the “harbour party” took every seat.: a quotation
  // inside a paragraph that a lead ending in a colon sets off is part of the words that lead quotes, when the lead has a
  // speech verb or a person before its colon and the quotation is the first of its paragraph with no person as the
  // subject of its own clause (a heading such as "Short reads:" or "Here is what it decided:" quotes no one)
  {
    name: 'inside-colon-block',
    run: said((q) => {
      // (past the items before it of a list written one paragraph each: "Ruiz argued that: ¶ • … ¶ • … “…” …")
      const b = leadBlock(q.model, q.raw.block);
      const lead = q.model.blocks[b];
      const first = q.model.quotes[q.qi - 1]?.block !== q.raw.block;
      if (q.k === 0 || !first || lead?.at(-1)?.text !== ':' || subjectOfClause(q.model, q.toks, q.k, true)) return null;
      return colonLead(q.model, b, true);
    }),
  },
  // The crowd waved banners that said, “…”: "that" (or "who") right after its antecedent says the words
  { name: 'relative-speaker', run: said((q) => (opens(q) ? null : relativeSpeaker(q.model, q.toks, q.k))) },
  // Moore thanked him for “…”: the subject of the clause a sentence-like quotation sits in
  {
    name: 'clause-subject',
    run: said((q) => (opens(q) || !sentenceLike(q.model, q.qi) ? null : subjectOfClause(q.model, q.toks, q.k))),
  },
  // “We will not back down.” So said Ana Ruiz. / That was how Ruiz put it. / The words were Ruiz’s.: the sentence right
  // after words that stand alone says whose they were
  { name: 'named-after-words', run: said((q) => (q.raw.closed ? namedAfterWords(q.model, q.qi) : null)) },
  // Jonas Berg said: “The river rose overnight. ¶ “By morning …”: a quotation carried on into the next paragraph
  {
    name: 'paragraph-continues',
    run: said((q) => {
      const prev = q.model.quotes[q.qi - 1];
      return prev && q.raw.continued && !prev.closed && prev.block === q.raw.block - 1 ? carry(q.previous(), 'previous') : null;
    }),
  },
  // “…,” Ana said, and her husband cut in. “Don't forget me.”: the person subject of the sentence before
  { name: 'previous-sentence-subject', run: said((q) => previousSentenceSubject(q.model, q.qi)) },
  // “…,” Ana said. “More words. ¶ “The last ones,” she said.: a quotation that would go on with the speaker's last one
  // (`next-sentence`) but is left open at the end of its paragraph is said by whom its closing part is attributed to
  // right after it, the same speaker as a rule, named where the words end
  { name: 'open-part-closing', run: said((q) => (nextSentenceAfter(q) >= 0 ? closingPartSpeaker(q) : null)) },
  // “…,” he said. “More words.”: a quotation that opens the sentence after the speaker's last one
  {
    name: 'next-sentence',
    run: said((q) => {
      const j = nextSentenceAfter(q);
      return j >= 0 ? carry(q.earlier(j)) : null;
    }),
  },
  // a paragraph that opens with a quotation right after the speaker's last one (the one a closing "X said" reports
  // where the words before were someone else's: "Her friends call him “a clown,” Ana said. ¶ “But he's ours!”")
  {
    name: 'paragraph-after-speaker',
    run: said((q) => {
      const j = q.k === 0 ? lastSaid(q, q.raw.block - 1) : -1;
      if (j < 0) return null;
      const earlier = q.earlier(j);
      // (only past words a verb before them credited: an outer source the rules weigh, "…,” Li said, according to
      // the Herald", carries on as it was decided)
      if (earlier?.rules.at(-1) !== 'verb-before') return carry(earlier);
      const [b, k] = q.model.quoteAt[j] as [number, number];
      const toks = q.model.blocks[b] as Token[];
      return rightAfter(q.model, toks, k, sentenceEnd(toks, k), false) ?? carry(earlier);
    }),
  },
  // Bolton said he would help. “I am going to support him.”
  { name: 'previous-sentence-verb', run: said((q) => previousSentenceLead(q.model, q.qi)) },
  // Lind has argued that the port is lost. As a result, there is still “a very costly ferry.”: the report goes on
  { name: 'previous-sentence-report', run: said((q) => previousSentenceReport(q.model, q.qi)) },
  // a paragraph ending "X said:" (or reporting X's speech), then a paragraph that opens with the quotation
  { name: 'paragraph-lead', run: said((q) => (q.k === 0 && q.raw.block > 0 ? colonLead(q.model, q.raw.block - 1) : null)) },
  // Hale spoke first. Then Ana took the stand. ¶ “I was at the pier. ¶ “Nobody warned us,” Ana said.: a quotation left
  // open and carried on paragraph after paragraph is said by whom its closing part is attributed to right after it (a lead
  // ending in a colon comes first: a quoted report may close on a quotation of its own)
  { name: 'closing-part-speaker', run: said((q) => closingPartSpeaker(q)) },
  // Ana Ruiz also spoke about the harbour case. ¶ “The quay is ours.”: a paragraph of quotation after one saying a person
  // spoke or talked (and quoting nothing)
  { name: 'paragraph-after-talk', run: said((q) => talkedLead(q.model, q.qi)) },
  // “…,” he said. He looked around. “More words.”: the speaker's last quotation in the paragraph, further back
  {
    name: 'earlier-in-paragraph',
    run: said((q) => {
      const j = opensOrFollowsQuote(q) ? lastSaid(q, q.raw.block) : -1;
      return j >= 0 ? carry(q.earlier(j)) : null;
    }),
  },
  // “First sentence.” “Second one,” Ana Ruiz notes.: the speaker of the next quotation, attributed after it
  {
    name: 'before-next-part',
    run: said((q) => {
      const next = q.model.quotes[q.qi + 1];
      const at = q.model.quoteAt[q.qi + 1];
      if (!next || !at || at[0] !== q.raw.block || at[1] !== q.k + 1 || !/[.!?]\s*$/.test(q.inner)) return null;
      const d = q.next();
      return d?.attribution && d.attribution.mention.start >= next.end ? carry(d, 'next') : null;
    }),
  },
  // “First paragraph.” ¶ “Second one,” Ana Ruiz notes.: a paragraph that is only a quotation, said by whoever the
  // quotation opening the next paragraph is attributed to after it
  {
    name: 'paragraph-before-speaker',
    run: said((q) => {
      const next = q.model.quotes[q.qi + 1];
      const at = q.model.quoteAt[q.qi + 1];
      if (q.k !== 0 || q.toks.length > 2 || !next || !at || at[0] !== q.raw.block + 1 || at[1] !== 0) return null;
      const d = q.next();
      return d?.attribution && d.attribution.mention.start >= next.end ? carry(d) : null;
    }),
  },
  // The mayor drew up a “quick fix” for the harbour.: a scare quote in a clause with no verb of saying is the
  // wording of the clause subject when that subject is a person (a name, a pronoun, a role: "the mayor")
  {
    name: 'fragment-clause-subject',
    run: said((q) => subjectOfClause(q.model, q.toks, q.k, true)),
  },
  // “…,” said Ana Ruiz, a planner. Unless the board acts, “the quay will close.”: sentence-like words (five or more, or
  // ending a sentence) that nothing above gave a speaker, mid-sentence in the sentence right after the paragraph's last
  // quotation, go on with its speaker; in the same sentence only past that quotation's own attribution ("“…,” Ana
  // elaborated, “…”"). Two sentences on, or before the attribution, they are as often a scare quote of the narration.
  {
    name: 'sentence-after-speaker',
    run: said((q) => {
      const j = sentenceLike(q.model, q.qi) ? lastSaid(q, q.raw.block) : -1;
      if (j < 0) return null;
      const gap = sentenceOf(q, q.qi) - sentenceOf(q, j);
      if (gap > 1) return null;
      const d = q.earlier(j);
      const mention = d?.attribution?.mention;
      const between = mention && mention.start >= (q.model.quotes[j] as RawQuote).end && mention.end <= q.raw.start;
      return gap === 1 || between ? carry(d) : null;
    }),
  },
  // nothing above found a speaker
  // He vows to cut fares. Then, the laugh line: “…”: a lead that names no one goes on from the sentence before (its
  // person subject, else the speaker of the last quotation in the paragraph, or the one before when the lead opens it)
  {
    name: 'then-colon',
    run: said((q) => {
      const subject = thenColonSubject(q.model, q.raw.block, q.k);
      if (subject !== undefined) return subject;
      let j = lastSaid(q, q.raw.block);
      if (j < 0 && q.sentenceStart === 0) j = lastSaid(q, q.raw.block - 1);
      return j >= 0 ? carry(q.earlier(j)) : null;
    }),
  },
  { name: 'no-speaker-found', run: () => NO_SPEAKER },
];
