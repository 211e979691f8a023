/** Words of the labels a paragraph may open with before a colon ("Note: …", "RUIZ: …"): which name no speaker. */
import { list } from './list.js';

/**
 * Words of a paragraph's label that make it a heading, a caption or a pointer, never a speaker of a transcript
 * ("Note:", "Updated:", "Photo:", "Read more:", "Related:", "Editor's note:", "The Latest:", "Watch:"). A label with
 * any of them opens no transcript line, however many such lines follow one another.
 */
export const NON_SPEAKER_LABEL_WORDS = list(`
  addendum advertisement alert also analysis background breaking bulletin byline caption chart clarification comments
  context contributing correction credit credits disclaimer disclosure editor email excerpt exclusive facebook fact
  filed graphic headline highlights image images instagram keywords latest link listen live map more newsletter note
  notes photo photograph photos pictured poll posted published read recap related report revealed see share sign
  source sources subscribe summary tags twitter update updated updates video warning watch`);

/**
 * Words of a transcript's label that mark a speaker the transcript does not name ("UNIDENTIFIED MALE:", "AUDIENCE
 * MEMBER:"): besides the role nouns ("MODERATOR:", "HOST:"), the words such a label is made of.
 */
export const UNNAMED_SPEAKER_WORDS = list('audience female male unidentified unknown');

/** Labels of a question and of its answer in an interview printed as questions and answers ("Q: …", "A: …"). */
export const QUESTION_LABELS = list('q question');
export const ANSWER_LABELS = list('a answer');

/**
 * Words a member may label a pasted quotation with before a colon ("Quote: …", "Claim: …", "Fwd: …"), or of the
 * heading copied with it ("Opinion: …", "Developing: …"): no speaker.
 */
export const PASTED_LABEL_WORDS = list(
  'claim claims developing editorial fw fwd meme opinion post quote quotes re rumor rumour text tweet viral',
);

/** A transcript's stage notes pasted after the words ("… (Applause)", "… (LAUGHTER)"): no one's name. */
export const STAGE_NOTE_WORDS = list(
  'applause booing boos cheering cheers crosstalk inaudible laughs laughter music silence unintelligible',
);

/**
 * Last words of a news outlet's name ("BBC News", "The Daily Herald", "Associated Press", "Spiegel Online"): such a
 * name typed around the words is where the member saw them, not who said them (who-said's question readings).
 * Words that as often name a person or a speaking body are left out ("Observer", "Examiner", "Independent",
 * "Economist", "Monitor"); "Agency" and "Service" count only after one of these ("Xinhua News Agency", "Wire
 * Service"), so "the Energy Agency" and "the Weather Service" still speak.
 */
export const NEWS_OUTLET_WORDS = list(`
  broadcaster broadcasting bulletin channel chronicle courant courier daily dispatch enquirer express gazette
  herald inquirer journal ledger magazine mail media mirror network news newspaper newswire novosti online paper
  post press presse radio record register report review sentinel standard telegraph television times today tribune
  tv weekly wire`);

/** Last words of a news outlet's name only after one of `NEWS_OUTLET_WORDS` ("Xinhua News Agency", "Wire Service"). */
export const NEWS_SERVICE_WORDS = list('agency service');

/**
 * Wire services and broadcasters members name by their name or initials alone ("Reuters", "AP", "A.F.P."), written
 * as their letters run together ("Fox" is left out, a surname too: "Fox News" ends in "News"). One a person goes by as
 * well ("Bloomberg") still names that person where the corpus quotes someone so named (who-said's `questionSpeaker`).
 */
export const NEWS_OUTLET_NAMES = list(`
  abc afp aljazeera ansa ap axios bbc bloomberg cbc cbs cnn dpa dw efe euronews france24 interfax itv
  kyodo msnbc nbc npr pbs politico pti reuters rte skynews tass upi xinhua yonhap`);
