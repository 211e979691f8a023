/**
 * Function words by the part they play in finding a speaker: determiners and pronouns, prepositions,
 * conjunctions and clause openers, adverbs that sit between a subject and its verb. Lower case; the
 * capitalised forms the code needs are computed (index.ts).
 */
import { list } from './list.js';

/** Words that open a description ("the spokesman", "a senior official", "two aides"). */
export const DETERMINERS = list(`
  a an another her his its many one our several some that the their these this those three two`);

/** Personal and relative pronouns that can stand as the subject of a speech verb. */
export const PRONOUNS = list('he i it she they we who you');

/** Pronouns that are only ever objects ("targets them"). */
export const OBJECT_PRONOUNS = list('him me them us');

/** Pronouns that stand for one person. */
export const SINGULAR_PERSONAL_PRONOUNS = list('he i she');

/** Pronouns that stand for more than one person, or a body: what they refer to must be able to (resolve.ts). */
export const PLURAL_PERSONAL_PRONOUNS = list('their theirs them themselves they');

/**
 * Pronouns of the first person plural: what they stand for must be able to be several or a body, or be the one person
 * whose own voice ("I") their paragraph speaks in (resolve.ts); never a person the narration names in the third person.
 */
export const FIRST_PLURAL_PRONOUNS = list('our ours ourselves us we');

/** Personal pronouns that open a sentence as its subject ("She called Hale": the name after her verb is its object). */
export const SUBJECT_PERSONAL_PRONOUNS = list('he i she they we');

/**
 * Pronouns split from a contracted auxiliary ("They’ve", "she’d", "you’ll"; tokens.ts). "I’m" and "we’ve" stay whole:
 * the narration's "I" and "we" would go to the person named last where no narrator is known (on train two quotations
 * went to a name they never said, "We’ve seen this sort of “…”", and none was fixed).
 */
export const CONTRACTING_PRONOUNS = list('he it she they you');

/** Pronouns that tag a quotation with its speaker ("…, said she", "…, he said."). */
export const TAG_PRONOUNS = list('he she they');

/** Possessive pronouns that own a noun of saying ("her remark"). */
export const POSSESSIVE_PRONOUNS = list('her his its their');

/** Words that open a clause whose subject may be someone else than the sentence's ("as he left", "but she …"). */
export const OWN_CLAUSE_OPENERS = list(`
  after although as because before but if since though unless until when whereas whether while`);

/** Nouns for a person's point of view after a possessive, in a phrase opening a clause ("In her view, …", "in Li's eyes, …"). */
export const VIEWPOINT_NOUNS = list('estimation eyes mind opinion view');

/**
 * Conjunctions of time that open a clause inside a main clause ("talked over them as they answered questions and …"): a
 * verb an "and" joins after that clause may go on with the main clause's subject.
 */
export const TIME_CLAUSE_OPENERS = list('after as before once since until when whenever while');

/** Adverbs that may stand before a subordinating conjunction ("ever since", "even though", "long before"). */
export const SUBORDINATOR_ADVERBS = list('even ever just long right shortly soon');

/**
 * Conjunctions that open a clause of its own after words quoted mid-sentence ("… his trademark “…” when I ask"): a verb
 * of saying inside that clause has its own subject and does not tag the words ("as" tags them: "“…” as Li said").
 */
export const SUBORDINATE_AFTER_WORDS = list(`
  after although because before if once though unless until when whenever whereas while`);

/** Pronouns that refer to a man, and to a woman, in every case. */
export const MASCULINE_PRONOUNS = list('he him himself his');
export const FEMININE_PRONOUNS = list('her hers herself she');

/** Prepositions that name whose words follow ("a statement by Ruiz:", "the words of Ruiz:"). */
export const AUTHOR_PREPOSITIONS = list('by from of');

/** Prepositions naming who made a study or a survey ("a study by Ruiz", "a poll from the Harbour Institute"). */
export const MAKER_PREPOSITIONS = list('by from');

/** Prepositions between a verb and the person it speaks to or of ("he said to Hale", "she said of Ruiz"). */
export const ADDRESS_PREPOSITIONS = list('about of to with');

/** Prepositions that give a description its place or author ("the exit polls in …", "some on …", "a study by …"). */
export const DESCRIPTION_PREPOSITIONS = list('by from in on');

/** Relative pronouns that open a clause about the phrase before them. */
export const RELATIVE_PRONOUNS = list('where which who whom whose');

/** Relative pronouns that may be the subject of a clause set off from its antecedent ("the report, which notes"). */
export const RELATIVE_SUBJECTS = list('which who');

/** Prepositions that end a noun phrase or open a prepositional phrase. */
export const PREPOSITIONS = list(`
  about after at before by during for from in into of on over since through to under via with`);

/** Words before which "to" is a preposition, no infinitive's mark ("according to fire chief Mara Doyle"). */
export const TO_AS_PREPOSITION = list('according close due next owing prior thanks');

/** Prepositions of a place phrase that can follow a person's description ("a staffer in the room"). */
export const PLACE_PREPOSITIONS = list('at from in inside near on outside');

/** Determiners that take one of many ("in each town", "at every port"), opening a place phrase as "the" does. */
export const DISTRIBUTIVES = list('each every');

/** Prepositions that relate a person to a place or to another name ("of Columbia", "adviser to Trump"). */
export const RELATION_PREPOSITIONS = list('at for from in of to with');

/** Prepositions that join a title to its office inside a name ("Secretary of State Ana Ruiz", "Undersecretary for Management Li Wei"). */
export const OFFICE_PREPOSITIONS = list('for of');

/** Prepositions that carry a body's name on ("Center for …", "Council on …", "Bureau of …"). */
export const BODY_PREPOSITIONS = list('for of on');

/** Prepositions before a city that a state may follow ("of Columbia, South Carolina"). */
export const PLACE_OWNERS = list('from in of');

/** Words that end the subject region of a speech verb: the subject lies after them. */
export const CLAUSE_STOPS = list('although and as because but if so than that though to when whereas while');

/** Words after which a new clause (with its own subject) may start. */
export const CLAUSE_OPENERS = list(`
  after although and as because before but if once since so though unless until when whereas while why`);

/** Conjunctions that join a second verb phrase to the first one's subject ("… and said"). */
export const COORDINATORS = list('and but or');

/** Words that, after a comma, open a contrasting clause with a subject of its own (", while Hale, the harbour master, said"). */
export const CONTRAST_OPENERS = list('but whereas while');

/** Words that end the scope of a speech verb before a quotation ("said it is neutral but keeps an “x” tie"). */
export const SCOPE_STOPS = list('but however whereas yet');

/** Words that open an adverbial phrase with a participle ("After saying …, she left"). */
export const SUBORDINATORS = list('after before by in since upon when while without');

/** Words that open an introductory phrase ending at a comma ("In an attempt to …, the paper focuses"). */
export const INTRO_WORDS = list(`
  according across additionally after against alongside also although amid among and around as asked at before behind
  beside besides beyond but by despite during earlier following for from furthermore given however if in indeed
  inside instead last later like likewise meanwhile moreover near nevertheless nonetheless now of on outside
  similarly since so speaking still then this though through throughout to under unlike upon when while with within
  without yet`);

/** Sentence adverbs that may open a clause before its subject. */
export const OPENING_ADVERBS = list(`
  again also and but course even fact finally however in indeed instead later maybe meanwhile now of or perhaps so still
  then thus yet`);

/** Conjunctions and adverbs that may open a sentence, capitalised, before its subject ("And then Li said"). */
export const CAP_OPENERS = list('also and but instead maybe meanwhile now perhaps so still then yet');

/** Adverbs, auxiliaries and negation that may sit between a subject and its speech verb. */
export const VERB_FILLERS = list(`
  again already also always are been being can could did do does earlier even ever first flatly frequently further
  had has have immediately is just later likewise long may might never not now often once only previously privately
  publicly quickly recently repeatedly reportedly separately should similarly simply since sometimes still
  subsequently then today tonight was were will would yesterday`);

/** Words after which a speech-verb form is a noun ("the statement", "her claims"). */
export const NOUN_BEFORE = list('a an any each every her his its my no our such the their these this those your');

/** Quantifiers after which a plural form is a noun ("few questions", "more reports"). */
export const QUANTIFIERS = list(`
  all both earlier false few five four many more multiple new numerous other past previous public recent several similar
  some such three two various`);

/**
 * Quantifiers that want a plural noun: "multiple news reports", "several press claims" (a verb in the third person
 * singular cannot follow them one word later, so its -s form is the noun).
 */
export const PLURAL_QUANTIFIERS = list('both few five four many multiple numerous several three two various');

/** Adjectives in -ly that are no adverbs: "the deadly attacks" (after a determiner, the -s form is their noun). */
export const LY_ADJECTIVES = list('costly deadly elderly friendly lonely lovely ugly unlikely');

/** Nouns and verbs in -ly that are no adverbs: "an interfaith rally by …", "a family of four", "a reply from …". */
export const LY_NOUNS_AND_VERBS = list(
  'ally anomaly apply assembly belly bully comply family folly homily imply jelly lily monopoly panoply rally reply supply tally',
);

/** Determiners that point back to something named before ("the statement", "that letter"). */
export const DEFINITE_DETERMINERS = list('that the this');

/** Determiners that introduce someone or something not named before ("one party activist", "a statement", "some aides"). */
export const INDEFINITE_DETERMINERS = list('a an another one some');

/** Determiners that open a role a name then stands beside ("the mayor, Ana Ruiz,", "her lawyer, Tom Hale,"). */
export const ROLE_OPENERS = list('a an her his its our the their');

/**
 * Words of the sentence around a role written before a name that are never part of it; the role starts after them
 * ("a showdown between former secretary of state X", "including Gov. X", "whether President X would …").
 */
export const ROLE_BEFORE_STOPS = list('also between both except how including neither nor not than toward towards versus what whether');

/**
 * Words that open a clause on an appositive role after a name: the role ends before them ("X, a senator that the
 * board trusted,", "X, a lawyer whose firm …", "X, the mayor since 2010 when the port opened,").
 */
export const ROLE_CLAUSE_OPENERS = list('that when where which who whom whose');

/** Determiners that can stand alone for a person ("One said", "said another"). */
export const STANDALONE = list('another both few many most one others several some');

/** Those of them that stand for one ("Another advised"); the others stand for many ("Many fear"). */
export const SINGULAR_STANDALONE = list('another one');

/**
 * Pronouns that stand for a person no one names ("Someone shouted", "Anyone who …"): a description, never a name,
 * even capitalised at a sentence's start.
 */
export const PERSON_PRONOUNS = list('anybody anyone everybody everyone nobody somebody someone');

/** Pronouns that stand for a thing ("Nothing changed", "Something happened"): never a name, never a person. */
export const THING_PRONOUNS = list('anything everything nothing something');

/** Quantifiers that float after the subject they count ("Ruiz and Li both said", "the aides each said"). */
export const FLOATING_QUANTIFIERS = list('all both each');

/** Particles that make a past a verb with its object to come ("sent out an email", "gave up the seat"). */
export const VERB_PARTICLES = list('back down off out up');

/** Words after which a bare verb form is a verb, not a noun ("to say", "they claim", "voters say"). */
export const BASE_SUBJECTS = list(`
  also analysts can could critics democrats did didn't do does don't experts i many may might must not officials others
  people republicans should some supporters they to voters we who will would you`);

/** Function words that open sentences capitalised and are never part of a name. */
export const FUNCTION_CAPS = list(`
  a about absent according across after afterward afterwards again against all already also although always amid among
  an and are around as at because before besides beyond both but by can click could despite did do does dr during each
  earlier either elsewhere even ever first following for from furthermore given has have he hence her here his how
  however i if in indeed instead into is it its just last later like likewise may maybe meanwhile moreover mr mrs ms
  must neither never nevertheless next nonetheless nor not now of often on once only or otherwise our over overall
  perhaps plus rather read regardless second see she should since so sometimes still that the their then there
  thereafter therefore these they third this those though through throughout thus to today together toward towards
  under unless unlike until upon via was watch we were what when where whereas whether which while who whom whose why
  will with within without would yes yesterday yet you`);

/**
 * Lower-case particles allowed inside a name ("Charles de Gaulle", "Osama bin Laden"), one or two in a row ("Oscar
 * de la Cour", "Ursula von der Leyen").
 */
export const NAME_CONNECTORS = list('al bin da de del den der di dos du la le van von');

/** Dutch particles written with the article "’t" before a surname ("Marit in ’t Hout", "Jan van ’t Riet"). */
export const ARTICLE_PARTICLES = list('in op van');

/** Particles joined by a hyphen to a capitalised name part ("al-Hassan", "el-Sayed"): the word is a name's word. */
export const HYPHEN_PARTICLES = list('abu al bin el ibn');

/** Lower-case words a title in marks may hold ("Meet the Press", "Game of Thrones", "Fox & Friends"). */
export const TITLE_SMALL_WORDS = list('& a an and at by de for from in of on or the to vs with');

/** Prepositions and naming words after which a title in marks is the name of a work, not reported words. */
export const WORK_MARKERS = list('about at by called entitled for from in into like named nicknamed of on titled with');

/** Number words, which open sentences capitalised ("Eight years ago, …") and are never names. */
export const NUMBER_WORDS = list(`
  dozen dozens eight eighteen eighty eleven fifteen fifty five forty four fourteen hundred hundreds million millions
  nine nineteen ninety one seven seventeen seventy six sixteen sixty ten thirteen thirty thousand thousands three
  twelve twenty two`);

/** Words before a number in a count of people ("about 200 protesters", "at least 50 delegates"). */
export const APPROXIMATORS = list('about almost around nearly over roughly some');

/** Relative pronouns that are the subject of a verb of saying right after their antecedent ("banners that said"). */
export const RELATIVE_SPEAKERS = list('that which who');

/**
 * Words that frame a member's question about a quotation ("Did", "Is it true that", "Ruiz said:"), never part of
 * the name it asks about (answers/question-text.ts).
 */
export const QUESTION_FRAME_WORDS = list(`
  actually and as at claim claimed did do does ever had has have in is it on or quoted really said say says tell that
  the these this told true was what when where who write wrote`);
