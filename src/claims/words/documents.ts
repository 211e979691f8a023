/** Words of documents and of things said: what a statement is called, what its author did with it, abbreviations. */
import { list } from './list.js';

/** Heads of descriptions that denote a written or recorded statement, whose author is its speaker ("the same note"). */
export const DOCUMENT_NOUNS = list(`
  announcement communique communiqué document e-mail email filing interview letter memo note post readout release report
  speech statement transcript tweet`);

/**
 * Things carried or put up that bear words, spoken for by whoever holds them ("read a sign held by one protester");
 * no documents: "the sign said" takes no earlier statement's author.
 */
export const DISPLAY_NOUNS = list('banner billboard placard poster sign');

/** Words between a document and its author ("a statement released today by"). */
export const PUBLISHING_WORDS = list(`
  authored by compiled delivered drafted earlier filed from given issued late later of on out posted prepared published put
  released sent signed the today written yesterday`);

/** Nouns that name something said, whose possessor said it ("her remark that", "Li's claim"). */
export const SPEECH_NOUNS = list(`
  accusation admission answer argument assertion assertions attack attacks boast broadside call calls characterization
  charge claim claims comment comments conclusion contention criticism description dictum insistence joke line lines mantra message
  pledge pledges praise promise promises quip refrain remark remarks reply response retort slogan statement statements
  suggestion vow vows warning warnings words`);

/** Nouns of words a crowd calls out together ("chants of “…”"): those who call them out said them. */
export const CHANT_NOUNS = list('chant chants cheers chorus cries cry shouts');

/** Words that join a verb to a chant it takes up ("joined in", "broke into", "struck up", "responded with"). */
export const CHANT_JOINERS = list('in into up with');

/**
 * Nouns for words quoted, which a sentence after them credits with "from" or "by" besides the speech nouns ("That quote
 * from Ana Ruiz ran in 1990.": words.ts keeps it out of SPEECH_NOUNS, where a possessor would say it).
 */
export const QUOTE_NOUNS = list('quotation quote');

/** Nouns of replying a quotation may come as, from whoever replied ("“No,” came the reply from Li"). */
export const REPLY_NOUNS = list('answer comeback rejoinder reply response retort riposte');

/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS = list(`
  a.m adm apr atty aug capt cmdr co col corp cpl d.c dec del det dr etc feb gen gov inc insp jan jr lt ltd maj mar mr
  mrs ms no nov oct p.m prof pvt rep rev sen sep sept sgt sr st supt u.k u.n u.s v vs`);

/** Nouns of named works, after which a title-case name in marks is the work's title ("the documentary “Weiner.”"). */
export const WORK_NOUNS = list(`
  album book broadcast column documentary drama episode essay film manifesto memoir movie musical novel opera play podcast program
  programme series show sitcom song`);

/** Surveys, whose respondents speak through them ("In a poll released Monday, 31% said …"). */
export const SURVEY_NOUNS = list('analysis poll polls studies study survey surveys');

/**
 * Plural nouns of what someone worked out, with no determiner before their author ("according to calculations by Ana
 * Ruiz", "estimates from the port trust"): the author is the source.
 */
export const FINDING_NOUNS = list('calculations data estimates figures findings projections');

/** Laws and rules that a sentence opened by "Under …" quotes ("Under Florida law, battery is “…”"). */
export const LAW_NOUNS = list('act agreement bill constitution law laws rule rules statute treaty');
