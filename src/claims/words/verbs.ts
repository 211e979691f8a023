/**
 * Verbs, one entry per verb (its lemma): every inflected form is computed (inflect.ts, index.ts). Add a verb
 * of saying to SPEECH_VERB_LEMMAS; a verb that speaks only with a particle ("pointed out") to
 * PARTICLE_VERB_LEMMAS.
 */
import { list } from './list.js';

/** Verbs that introduce what someone said or wrote: their third person, past and -ing forms are cues ("notes", "noted", "noting"). */
export const SPEECH_VERB_LEMMAS = list(`
  accuse acknowledge admit affirm agree allege announce answer assail assert assure attack bemoan berate blame blast
  boast brag brand bristle caution chant characterise characterize charge chide cite compare complain concede
  conclude condemn confess confirm contend counter criticise criticize decry defend demand denounce deny deride
  discuss dismiss dub echo emphasise emphasize eviscerate exclaim exhort express fume gripe grouse grumble hail
  herald highlight hint imply indicate inform insult interject intimate invoke joke knock label lambaste lament laud liken
  maintain mention mock murmur muse mutter note observe plead pledge portray praise proclaim promise pronounce
  protest question quip quote rage rail rant read rebuke recall recount refer reference reiterate reject remark
  remind repeat reply report respond retort retweet reveal ridicule rip scoff scold scream shout sing slam snap sneer
  snipe speculate stress testify thunder tout trumpet tweet underline underscore urge vent voice vow welcome whisper
  wonder yell`);

/** Verbs of saying whose bare form is a cue as well ("they say", "to explain"), besides the forms above. */
export const BARE_SPEECH_VERB_LEMMAS = list(`
  add argue ask call claim declare describe explain insist predict say state suggest tell warn write`);

/** Verbs of saying whose other forms are mostly nouns, adjectives or not speech ("the post", "continue to", "an elaborate plan"): only the past is a cue. */
export const PAST_SPEECH_VERB_LEMMAS = list('comment continue deem elaborate email judge message post rate rule term text think');

/** Verbs of saying whose third person speaks with "of" after it ("warns of", "says of"); other -s forms before "of" are nouns ("claims of"). */
export const SPEAKS_OF_LEMMAS = list('boast brag complain hint muse say sing speak tell warn write');

/**
 * Verbs of talking that speak of the words a few words after "about" or "of" ("talked about continuing the “…”",
 * "speaks of breaking “…”"); alone they are no verbs of saying ("the talks", "spoke to reporters").
 */
export const TALK_LEMMAS = list('speak talk');

/** The prepositions after a verb of talking that bring in what it talks of. */
export const TALKED_OF_PREPOSITIONS = list('about of');

/**
 * What "claim" takes rather than says ("claimed the nomination", "claiming the seat"; "claimed victory" and "claimed
 * responsibility" say something and stay verbs of saying).
 */
export const CLAIMED_THINGS = list('crown mantle nomination nominations prize seat seats throne title titles');

/** Verbs that speak only with a particle ("pointed out", "went on", "shot back", "fired back", "weighed in", "put it", "made clear"). */
export const PARTICLE_VERB_LEMMAS = list('chime fire go hit lash make point push put shoot weigh');

/**
 * Each particle verb with the particle it speaks with, as "lemma:particle" ("fired back", "weighed in", "pointed out";
 * "put it" and "made clear" are matched on their own): with another particle it says nothing ("a point in time",
 * "shot in the head", "opened fire on", "weighs on voters", "went back").
 */
export const SPEECH_PARTICLES = list('chime:in fire:back go:on hit:back hit:out lash:out point:out push:back shoot:back weigh:in');

/** Speech verbs strong enough to carry unmarked reported speech ("Li stressed that …"), in the third person and past. */
export const REPORTING_VERB_LEMMAS = list(`
  acknowledge add admit allege announce argue assert claim confirm contend declare emphasise emphasize explain insist
  maintain note predict recall reiterate say state stress suggest tell warn write`);

/** Verbs that name what they report as something ("described it as …", "called him …"). */
export const NAMING_VERB_LEMMAS = list('brand call characterise characterize describe dub label term');

/** Verbs that take the addressee first ("told reporters that …"). */
export const ADDRESSEE_VERB_LEMMAS = list('tell');

/**
 * Verbs of saying whose passive subject is the one spoken to, not the speaker ("“Why now?” Hale was asked", "Li was told:
 * “…”"): the words are those of the "by" agent, else of someone the sentence does not name.
 */
export const HEARER_VERB_LEMMAS = list('ask assure inform question remind tell urge warn');

/**
 * Verbs that cast their object as something in marks ("portrays the plan as a “relic”", "dismissed them as “cranks”"):
 * the words are the framing of the verb's subject (naming.ts). "wave" only with "off" ("waves the delay off as …").
 */
export const FRAMING_VERB_LEMMAS = list('cast depict dismiss frame paint portray wave');

/**
 * Participles of regarding whose "by" names who regards a thing as the words in marks ("an option seen by planners as a
 * “lifeboat”", "known by critics as the “quay tax”"): the words are that agent's.
 */
export const REGARDING_PARTICIPLES = list('considered known regarded seen viewed');

/** Verbs an infinitive goes on from with the same subject ("officials began to portray it as …", "Li tried to cast …"). */
export const LEADING_VERB_LEMMAS = list('attempt begin continue decide seek start threaten try vow');

/** Verbs by which a survey reports what it found, its respondents' words in the clause after ("the poll finds that …"). */
export const SURVEY_FINDING_LEMMAS = list('find show');

/** Verbs whose object is the one brought to speak ("prompted the council to state", "led Li to declare"); not verbs of asking, whose object is asked to say the asker's words. */
export const CONTROL_VERB_LEMMAS = list('cause force inspire lead prompt push spur');

/**
 * Verbs of perceiving, recalling or recording whose object is seen doing what the participle after it says ("recalled
 * Ruiz saying", "a video shows Li telling them"): that object speaks, not the verb's subject.
 */
export const PERCEIVING_VERB_LEMMAS = list('capture catch depict feature film hear overhear picture recall record remember see show watch');

/** Participles that tell who came by a document, not who wrote it ("a letter from X obtained by the Gazette"). */
export const OBTAINING_PARTICIPLES = list('acquired obtained reviewed seen');

/** Participles of putting a document out that may stand between it and its verb ("the ruling released Friday said"). */
export const RELEASED_PARTICIPLES = list('filed issued posted published released sent');

/** Verbs of putting a document out, whose subject wrote it ("sent out a press release saying …"). */
export const SENDING_VERB_LEMMAS = list('issue put release send');

/**
 * Common verbs that are no verbs of saying, whose third person after a singular noun ("the ad targets") or bare form
 * after a plural one ("the videos show") ends the noun phrase before them.
 */
export const COMMON_VERB_LEMMAS = list(`
  appear back become begin believe bring cast come cover end expect face fail favor fear feature find focus follow get
  give grow hate help hold hope include keep know lack leave like list look lose love mean meet need offer oppose plan
  play prefer project provide remain run see seek seem serve show stand start support take target think try turn use
  want win work`);

/** Irregular simple pasts, as lemma:past. */
export const IRREGULAR_PASTS = list(`
  become:became begin:began bring:brought build:built buy:bought catch:caught choose:chose come:came cut:cut draw:drew
  fall:fell feel:felt fight:fought find:found fly:flew get:got give:gave go:went grow:grew hear:heard hit:hit hold:held
  keep:kept know:knew lead:led leave:left let:let lose:lost make:made mean:meant meet:met overhear:overheard pay:paid put:put quit:quit
  read:read rise:rose run:ran say:said see:saw seek:sought sell:sold send:sent set:set shoot:shot sing:sang speak:spoke
  spend:spent stand:stood strike:struck take:took teach:taught tell:told think:thought throw:threw win:won write:wrote`);

/**
 * Irregular past participles that differ from the simple past, as lemma:participle; for verbs of saying they are cues
 * after an auxiliary ("As Ana Ruiz had written, “…”").
 */
export const IRREGULAR_PARTICIPLES = list('write:written');

/** Two-syllable lemmas stressed on the last syllable, whose final consonant doubles ("admitted"); one-syllable ones are computed. */
export const DOUBLING_LEMMAS = list('admit commit compel confer omit prefer rebut refer regret submit');

/** Lemmas also spelled with a doubled final consonant in British English ("labelled" beside "labeled"). */
export const BRITISH_DOUBLING_LEMMAS = list('cancel label signal travel');

/** Auxiliaries and modals. */
export const AUXILIARIES = list('are been can could did do does had has have is may might must should was were will would');

/** Auxiliaries and modals with "not" joined on ("Ruiz wasn't having it"): a verb follows its subject as well. */
export const NEGATED_AUXILIARIES = list(
  "aren't can't couldn't didn't doesn't don't hadn't hasn't haven't isn't mustn't shouldn't wasn't weren't won't wouldn't",
);

/**
 * Participles that give a thing its name ("a formula called the “chained CPI”", "what is called a “bridge loan”"):
 * after a noun that is no person, or in "what is called", the name in marks is not the thing's words (naming.ts).
 * ("named" is left out: "an account named “…”" is the handle someone posts under.)
 */
export const NAMING_PARTICIPLES = list('branded called dubbed labeled labelled nicknamed termed');

/** Forms of "be" (passives, progressives). */
export const BE_FORMS = list('am are be been being is was were');

/**
 * The endings a pronoun takes for an auxiliary ("They’ve said", "she’d", "you’ll"), as ending:auxiliary: the tokenizer
 * splits such a word into the pronoun and the auxiliary, so the pronoun is the subject it is ("'s" is a possessive's
 * ending too and stays with `CONTRACTED_BE`; "'d" is "had" as often as "would", an auxiliary either way).
 */
export const CONTRACTED_AUXILIARIES = list('d:would ll:will re:are ve:have');

/** A pronoun and "is" in one word ("he's saying"). */
export const CONTRACTED_BE = list("he's she's");

/** Participles after which a sentence names whose words a quotation repeats ("…,” she wrote, quoting Lind). */
export const QUOTING_PARTICIPLES = list('citing echoing paraphrasing quoting repeating');

/** Past forms of talking with no words reported ("Li spoke about the port"): a paragraph of quotation may follow. */
export const TALKED_PASTS = list('demurred disagreed dissented objected spoke talked');

/** Verbs that bring a noun of replying after a quotation ("“No,” came the reply from Li", "“No,” was her answer"). */
export const REPLY_VERBS = list('came comes is was');
