/**
 * The lexicon the claims layer reads: the sorted lists of this folder compiled once into Sets, with the forms
 * they imply computed here (verb inflections, plurals of time units, capitalised function words).
 */
import { countries } from 'countries-list';
import * as documents from './documents.js';
import {
  ABBREVIATIONS as ABBREVIATION_LIST,
  DISPLAY_NOUNS as DISPLAY_NOUN_LIST,
  DOCUMENT_NOUNS as DOCUMENT_NOUN_LIST,
  PUBLISHING_WORDS as PUBLISHING_LIST,
  SPEECH_NOUNS as SPEECH_NOUN_LIST,
} from './documents.js';
import * as foreign from './foreign.js';
import * as fw from './function-words.js';
import { inflect, IRREGULAR, thirdPerson, type VerbForm } from './inflect.js';
import * as labels from './labels.js';
import {
  ANY_BODY as ANY_BODY_LIST,
  BODY_HEADS as BODY_HEAD_LIST,
  FEMALE_WORDS as FEMALE_LIST,
  GENERATIONAL_SUFFIXES,
  GROUP_OPENERS as GROUP_OPENER_LIST,
  HONORIFICS as HONORIFIC_LIST,
  KIN_AND_SEX_NOUNS as KIN_AND_SEX_LIST,
  LEADER_NOUNS as LEADER_NOUN_LIST,
  MALE_WORDS as MALE_LIST,
  ORG_WORDS as ORG_LIST,
  ORIGIN_PARTICIPLES as ORIGIN_PARTICIPLE_LIST,
  PARTY_MEMBER_WORDS as PARTY_MEMBER_LIST,
  PERSON_ROLE_NOUNS as ROLE_LIST,
  PLURAL_PEOPLE as PLURAL_PEOPLE_LIST,
  RANK_AND_TIME_MODIFIERS as RANK_AND_TIME_LIST,
  OFFICE_FIELDS as OFFICE_FIELD_LIST,
  OFFICE_TITLES as OFFICE_TITLE_LIST,
  SEAT_NAME_ENDS as SEAT_NAME_END_LIST,
  SOURCE_ADJECTIVES as SOURCE_ADJECTIVE_LIST,
  SOURCE_PREPOSITIONS as SOURCE_PREPOSITION_LIST,
  SPOKESPERSON_NOUNS as SPOKESPERSON_NOUN_LIST,
  STATE_BODY_HEADS as STATE_BODY_LIST,
  SUBORDINATE_TITLES as SUBORDINATE_TITLE_LIST,
  TITLE_ABBREVIATIONS as TITLE_ABBREVIATION_LIST,
  TITLE_MODIFIERS as TITLE_MODIFIER_LIST,
  TITLES as TITLE_LIST,
  VERB_LIKE_ROLES as VERB_LIKE_ROLE_LIST,
} from './people.js';
import { GEOGRAPHIC_FEATURES, US_STATES } from './places.js';
import {
  DAY_EDGES as DAY_EDGE_LIST,
  MONTHS,
  TIME_DETERMINERS as TIME_DETERMINER_LIST,
  TIME_HEADS,
  TIME_UNITS as UNIT_LIST,
  TIME_WORDS as TIME_WORD_LIST,
  WEEKDAYS,
  WHEN_WORDS as WHEN_LIST,
} from './time.js';
import * as verbs from './verbs.js';

const set = (...lists: readonly (readonly string[])[]): ReadonlySet<string> => new Set(lists.flat());
const capitalised = (words: readonly string[]): string[] => words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
const ALL_FORMS: readonly VerbForm[] = ['base', 'third', 'past', 'ing'];
const INFLECTED: readonly VerbForm[] = ['third', 'past', 'ing'];
const REPORTING_FORMS: readonly VerbForm[] = ['third', 'past'];
const forms = (lemmas: readonly string[], which: readonly VerbForm[]) =>
  lemmas.flatMap((lemma) => inflect(lemma, which).map((form) => [form, lemma] as const));

/** Each form of a verb of saying that is a cue, with its lemma ("said" → "say"). */
export const SPEECH_LEMMA: ReadonlyMap<string, string> = new Map([
  ...forms(verbs.SPEECH_VERB_LEMMAS, INFLECTED),
  ...forms(verbs.BARE_SPEECH_VERB_LEMMAS, ALL_FORMS),
  ...forms(verbs.PAST_SPEECH_VERB_LEMMAS, ['past']),
  ...forms(verbs.PARTICLE_VERB_LEMMAS, ALL_FORMS),
  ...verbs.IRREGULAR_PARTICIPLES.map((e) => e.split(':').reverse() as [string, string]),
]);
/** Participles that differ from the simple past ("written"): cues only in a perfect tense (speech-verbs.ts). */
export const PARTICIPLE_ONLY_FORMS: ReadonlySet<string> = new Set(verbs.IRREGULAR_PARTICIPLES.map((e) => e.split(':')[1] as string));
/** Every form of every verb that introduces what someone said or wrote (multi-word cues by their first word). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_LEMMA.keys());
/** Forms that speak only with a particle ("pointed out", "went on"). */
export const NEEDS_PARTICLE: ReadonlySet<string> = set(verbs.PARTICLE_VERB_LEMMAS.flatMap((l) => inflect(l, ALL_FORMS)));
/** Bare forms of speech verbs ("claim", "state"): nouns unless a subject, a modal or "to" comes before. */
export const BASE_FORMS: ReadonlySet<string> = set(verbs.BARE_SPEECH_VERB_LEMMAS);
/** The particles each particle verb speaks with, by lemma ("point" → "out"). */
export const SPEECH_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  verbs.PARTICLE_VERB_LEMMAS.map((lemma) => [
    lemma,
    set(verbs.SPEECH_PARTICLES.filter((pair) => pair.startsWith(`${lemma}:`)).map((pair) => pair.slice(lemma.length + 1))),
  ]),
);
/** Lemmas whose third person speaks before "of" ("warns of"); the rest are nouns there ("claims of"). */
export const SPEAKS_OF = set(verbs.SPEAKS_OF_LEMMAS);
export const CLAIMED_THINGS = set(verbs.CLAIMED_THINGS);
/** Every form of a verb of talking ("talked", "speaks", "spoke"), which speaks of words after "about" or "of". */
export const TALK_FORMS = set(verbs.TALK_LEMMAS.flatMap((l) => inflect(l, ALL_FORMS)));
export const TALKED_OF_PREPOSITIONS = set(verbs.TALKED_OF_PREPOSITIONS);
export const REPORTING_VERBS = set(verbs.REPORTING_VERB_LEMMAS.flatMap((l) => inflect(l, REPORTING_FORMS)));
/** "…, stating that …": a reporting verb's participle, which reports the clause after it as its subject's words. */
export const REPORTING_PARTICIPLES = set(verbs.REPORTING_VERB_LEMMAS.flatMap((l) => inflect(l, ['ing'])));
/** "went on to say that …": a reporting verb's base form, which reports the clause after it after "to". */
export const REPORTING_BASES = set(verbs.REPORTING_VERB_LEMMAS);
export const NAMING_PARTICIPLES = set(verbs.NAMING_PARTICIPLES);
export const NAMING_VERBS = set(verbs.NAMING_VERB_LEMMAS.flatMap((l) => inflect(l, REPORTING_FORMS)));
/** Forms that tag a quotation with its speaker ("said", "adds", "wrote"): inside an unclosed quotation, a comma before one is where it should have closed. */
export const TAG_VERBS: ReadonlySet<string> = set(verbs.BARE_SPEECH_VERB_LEMMAS.flatMap((l) => inflect(l, REPORTING_FORMS)));
/** The bare form of every verb of saying that is a cue in some form ("to counter that …"). */
export const SPEECH_BASES = set(verbs.SPEECH_VERB_LEMMAS, verbs.BARE_SPEECH_VERB_LEMMAS);
/** "prompted the council to state": every form of a verb whose object is brought to speak. */
export const LEADING_VERBS = set(verbs.LEADING_VERB_LEMMAS.flatMap((l) => inflect(l, ALL_FORMS)));
export const SURVEY_FINDINGS = set(verbs.SURVEY_FINDING_LEMMAS.flatMap((l) => inflect(l, ['base', 'third', 'past'])));
export const CONTROL_VERBS = set(verbs.CONTROL_VERB_LEMMAS.flatMap((l) => inflect(l, ALL_FORMS)));
/** "portrays the plan as “…”": every form of a verb that casts its object as something in marks. */
export const FRAMING_VERBS = set(verbs.FRAMING_VERB_LEMMAS.flatMap((l) => inflect(l, ALL_FORMS)));
/** "seen by planners as “…”", "portrayed by the board as “…”": participles whose "by" names who frames the words in marks. */
export const FRAMED_BY_PARTICIPLES = set([
  ...verbs.REGARDING_PARTICIPLES,
  ...verbs.FRAMING_VERB_LEMMAS.flatMap((l) => inflect(l, ['past'])),
]);
/** "recalled Ruiz saying": every form of a verb whose object is perceived doing the saying. */
export const PERCEIVING_VERBS = set(verbs.PERCEIVING_VERB_LEMMAS.flatMap((l) => inflect(l, ALL_FORMS)));
export const OBTAINING_PARTICIPLES = set(verbs.OBTAINING_PARTICIPLES);
export const RELEASED_PARTICIPLES = set(verbs.RELEASED_PARTICIPLES);
export const SENDING_VERBS = set(verbs.SENDING_VERB_LEMMAS.flatMap((l) => inflect(l, REPORTING_FORMS)));
export const ADDRESSEE_VERBS = set(verbs.ADDRESSEE_VERB_LEMMAS.flatMap((l) => inflect(l, INFLECTED)));
/** "asked", "told", "warned": past participles whose passive subject only heard the words. */
export const HEARER_PARTICIPLES = set(verbs.HEARER_VERB_LEMMAS.flatMap((l) => inflect(l, ['past'])));
/** Auxiliaries and common irregular pasts: a word that shows a verb follows its subject. */
export const VERBISH = set(
  verbs.AUXILIARIES,
  [...IRREGULAR.values()],
  verbs.NEGATED_AUXILIARIES,
  verbs.NEGATED_AUXILIARIES.map((w) => w.replace("'", '\u2019')),
);
export const AUXILIARIES = set(verbs.AUXILIARIES);
/** "ve" → "have": the auxiliary a pronoun's contracted ending stands for ("They’ve"). */
export const CONTRACTED_AUXILIARY: ReadonlyMap<string, string> = new Map(
  verbs.CONTRACTED_AUXILIARIES.map((e) => e.split(':') as [string, string]),
);
/** Irregular simple pasts alone ("sent", "began"). */
export const IRREGULAR_PAST_FORMS = set([...IRREGULAR.values()]);
/** Irregular simple pasts unlike their bare form ("began", "sent"; not "cut", "set"), which no noun shares. */
export const DISTINCT_IRREGULAR_PASTS = set([...IRREGULAR.entries()].filter(([lemma, past]) => lemma !== past).map(([, past]) => past));
/** Common verbs that are no verbs of saying, by form: the bare form ("show") and the third person ("shows"). */
export const COMMON_VERB_BASES = set(verbs.COMMON_VERB_LEMMAS);
export const COMMON_VERB_THIRDS = set(verbs.COMMON_VERB_LEMMAS.map(thirdPerson));
export const BE = set(verbs.BE_FORMS);
/** Forms of "be" that make an -ing form progressive ("he was saying"). */
export const PROGRESSIVE = set(verbs.BE_FORMS, verbs.CONTRACTED_BE);

/** Determiners in both cases ("the", "The"). */
export const DETERMINERS = set(fw.DETERMINERS, capitalised(fw.DETERMINERS));
/** Pronouns in both cases, compared against a word as written ("He", "he"). */
export const PRONOUNS = set(fw.PRONOUNS, capitalised(fw.PRONOUNS));
export const CONTRACTING_PRONOUNS = set(fw.CONTRACTING_PRONOUNS, capitalised(fw.CONTRACTING_PRONOUNS));
export const TAG_PRONOUNS = set(fw.TAG_PRONOUNS, capitalised(fw.TAG_PRONOUNS));
export const POSSESSIVE_PRONOUNS = set(fw.POSSESSIVE_PRONOUNS);
export const OBJECT_PRONOUNS = set(fw.OBJECT_PRONOUNS);
export const PLURAL_PERSONAL_PRONOUNS = set(fw.PLURAL_PERSONAL_PRONOUNS);
export const FIRST_PLURAL_PRONOUNS = set(fw.FIRST_PLURAL_PRONOUNS);
export const VERB_PARTICLES = set(fw.VERB_PARTICLES);
export const AUTHOR_PREPOSITIONS = set(fw.AUTHOR_PREPOSITIONS);
export const DESCRIPTION_PREPOSITIONS = set(fw.DESCRIPTION_PREPOSITIONS);
export const MAKER_PREPOSITIONS = set(fw.MAKER_PREPOSITIONS);
export const MASCULINE_PRONOUNS = set(fw.MASCULINE_PRONOUNS);
export const FEMININE_PRONOUNS = set(fw.FEMININE_PRONOUNS);
export const SINGULAR_PERSONAL_PRONOUNS = set(fw.SINGULAR_PERSONAL_PRONOUNS);
export const SUBJECT_PERSONAL_PRONOUNS = set(fw.SUBJECT_PERSONAL_PRONOUNS);
export const ADDRESS_PREPOSITIONS = set(fw.ADDRESS_PREPOSITIONS);
export const RELATIVE = set(fw.RELATIVE_PRONOUNS);
export const RELATIVE_SUBJECTS = set(fw.RELATIVE_SUBJECTS);
export const PREPOSITIONS = set(fw.PREPOSITIONS);
export const PLACE_PREPOSITIONS = set(fw.PLACE_PREPOSITIONS);
export const TO_AS_PREPOSITION = set(fw.TO_AS_PREPOSITION);
export const DISTRIBUTIVES = set(fw.DISTRIBUTIVES);
export const PLACE_OWNERS = set(fw.PLACE_OWNERS);
export const RELATION_PREPOSITIONS = set(fw.RELATION_PREPOSITIONS);
export const OFFICE_PREPOSITIONS = set(fw.OFFICE_PREPOSITIONS);
export const BODY_PREPOSITIONS = set(fw.BODY_PREPOSITIONS);
export const CLAUSE_STOP = set(fw.CLAUSE_STOPS);
export const CLAUSE_OPENERS = set(fw.CLAUSE_OPENERS);
export const COORDINATORS = set(fw.COORDINATORS);
export const CONTRAST_OPENERS = set(fw.CONTRAST_OPENERS);
export const SCOPE_STOP = set(fw.SCOPE_STOPS);
export const SUBORDINATORS = set(fw.SUBORDINATORS);
export const OWN_CLAUSE_OPENERS = set(fw.OWN_CLAUSE_OPENERS);
export const VIEWPOINT_NOUNS = set(fw.VIEWPOINT_NOUNS);
export const SUBORDINATOR_ADVERBS = set(fw.SUBORDINATOR_ADVERBS);
export const TIME_CLAUSE_OPENERS = set(fw.TIME_CLAUSE_OPENERS);
export const SUBORDINATE_AFTER_WORDS = set(fw.SUBORDINATE_AFTER_WORDS);
export const INTRO = set(fw.INTRO_WORDS);
export const OPENING_ADVERBS = set(fw.OPENING_ADVERBS);
export const CAP_OPENERS = set(fw.CAP_OPENERS);
export const VERB_FILLERS = set(fw.VERB_FILLERS);
export const NOUN_BEFORE = set(fw.NOUN_BEFORE);
export const QUANTIFIERS = set(fw.QUANTIFIERS);
export const PLURAL_QUANTIFIERS = set(fw.PLURAL_QUANTIFIERS);
export const LY_ADJECTIVES = set(fw.LY_ADJECTIVES);
export const LY_NOUNS_AND_VERBS = set(fw.LY_NOUNS_AND_VERBS);
export const STANDALONE = set(fw.STANDALONE);
export const DEFINITE_DETERMINERS = set(fw.DEFINITE_DETERMINERS);
export const INDEFINITE_DETERMINERS = set(fw.INDEFINITE_DETERMINERS);
export const ROLE_OPENERS = set(fw.ROLE_OPENERS);
export const ROLE_BEFORE_STOPS = set(fw.ROLE_BEFORE_STOPS);
export const ROLE_CLAUSE_OPENERS = set(fw.ROLE_CLAUSE_OPENERS);
export const PERSON_PRONOUNS = set(fw.PERSON_PRONOUNS);
export const THING_PRONOUNS = set(fw.THING_PRONOUNS);
export const SINGULAR_STANDALONE = set(fw.SINGULAR_STANDALONE);
export const FLOATING_QUANTIFIERS = set(fw.FLOATING_QUANTIFIERS);
export const BASE_SUBJECTS = set(fw.BASE_SUBJECTS);
export const FUNCTION_CAPS = set(fw.FUNCTION_CAPS);
export const NAME_CONNECTORS = set(fw.NAME_CONNECTORS);
export const ARTICLE_PARTICLES = set(fw.ARTICLE_PARTICLES);
export const HYPHEN_PARTICLES = set(fw.HYPHEN_PARTICLES);
export const NUMBER_WORDS = set(fw.NUMBER_WORDS);
export const APPROXIMATORS = set(fw.APPROXIMATORS);
export const TITLE_SMALL_WORDS = set(fw.TITLE_SMALL_WORDS);
export const WORK_MARKERS = set(fw.WORK_MARKERS);

export const TITLES = set(TITLE_LIST);
export const HONORIFICS = set(HONORIFIC_LIST);
export const TITLE_MODIFIERS = set(TITLE_MODIFIER_LIST);
/** Each abbreviated title with the word it stands for ("sen." → "senator"). */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  TITLE_ABBREVIATION_LIST.map((e) => e.split(':') as [string, string]),
);
export const RANK_AND_TIME_MODIFIERS = set(RANK_AND_TIME_LIST);
export const LEADER_NOUNS = set(LEADER_NOUN_LIST);
export const ORIGIN_PARTICIPLES = set(ORIGIN_PARTICIPLE_LIST);
export const SUBORDINATE_TITLES = set(SUBORDINATE_TITLE_LIST);
/** Plural titles before a list of names ("Senators Ana Ruiz, …", "Sens. Ana Ruiz and Li Wei"): never part of a name. */
export const PLURAL_TITLES = set(
  TITLE_LIST.map((t) => (t.endsWith('.') ? `${t.slice(0, -1)}s.` : t.endsWith('man') ? `${t.slice(0, -3)}men` : thirdPerson(t))),
);
export const PERSON_ROLE_NOUNS = set(ROLE_LIST);
export const PLURAL_PEOPLE = set(PLURAL_PEOPLE_LIST);
/** Role nouns in the plural ("Shoppers", "Officials", "Congressmen") and the plurals without -s: a group, never a name's first word. */
export const PLURAL_ROLES = set(
  ROLE_LIST.map((r) => (r.endsWith('man') ? `${r.slice(0, -3)}men` : thirdPerson(r))),
  PLURAL_PEOPLE_LIST,
);
export const VERB_LIKE_ROLES = set(VERB_LIKE_ROLE_LIST);
export const ORG_WORDS = set(ORG_LIST);
export const GROUP_OPENERS = set(GROUP_OPENER_LIST);
export const PARTY_MEMBER_WORDS = set(PARTY_MEMBER_LIST);
export const SOURCE_ADJECTIVES = set(SOURCE_ADJECTIVE_LIST);
export const SOURCE_PREPOSITIONS = set(SOURCE_PREPOSITION_LIST);
export const OFFICE_FIELDS = set(OFFICE_FIELD_LIST);
/** Written forms ("III"); speakers.ts folds them as it folds names. */
export { GENERATIONAL_SUFFIXES };
export const OFFICE_TITLES = set(OFFICE_TITLE_LIST);
/** Honorifics and nouns that tell a woman or a man ("Mrs.", "wife"; "Mr.", "husband"). */
export const FEMALE_WORDS = set(FEMALE_LIST);
export const MALE_WORDS = set(MALE_LIST);
export const KIN_AND_SEX_NOUNS = set(KIN_AND_SEX_LIST);

export const DAYS = set(WEEKDAYS);
export const DAY_EDGES = set(DAY_EDGE_LIST);
/** Weekday and month names: capitalised, but never a speaker's name on their own. */
export const MONTHS_DAYS = set(MONTHS, WEEKDAYS);
/** Month names alone (a post's signature dates it "June 29, 2016"). */
export const MONTH_NAMES = set(MONTHS);
/** Heads of time phrases between a subject and its verb ("two weeks ago", "last month"), singular and plural. */
export const TIME_UNITS = set(UNIT_LIST, UNIT_LIST.map(thirdPerson), TIME_HEADS);
export const TIME_WORDS = set(TIME_WORD_LIST);
export const TIME_DETERMINERS = set(TIME_DETERMINER_LIST);
/** Time words and units right after a speech verb ("said last month that", "said on Monday the …"). */
export const WHEN = set(WHEN_LIST);
export const WHEN_UNITS = set(UNIT_LIST, WEEKDAYS);

export const DOCUMENT_NOUNS = set(DOCUMENT_NOUN_LIST);
export const DISPLAY_NOUNS = set(DISPLAY_NOUN_LIST);
export const PUBLISHING_WORDS = set(PUBLISHING_LIST);
export const SPEECH_NOUNS = set(SPEECH_NOUN_LIST);
export const CHANT_NOUNS = set(documents.CHANT_NOUNS);
export const CHANT_JOINERS = set(documents.CHANT_JOINERS);
export const WORK_NOUNS = set(documents.WORK_NOUNS);
export const REPLY_NOUNS = set(documents.REPLY_NOUNS);
export const QUOTE_NOUNS = set(documents.QUOTE_NOUNS);
export const SURVEY_NOUNS = set(documents.SURVEY_NOUNS);
export const FINDING_NOUNS = set(documents.FINDING_NOUNS);
export const LAW_NOUNS = set(documents.LAW_NOUNS);
export const ABBREVIATIONS = set(ABBREVIATION_LIST);

export const BODY_HEADS = set(BODY_HEAD_LIST);
export const ANY_BODY = set(ANY_BODY_LIST);
/** Last words that make a speaker's name an organisation's ("Harbour Trust", "the defence ministry"). */
export const ORGANISATION_HEADS = set(BODY_HEAD_LIST, STATE_BODY_LIST);
/**
 * Last words of a body's name that speaks through its officials ("the Kremlin", "the White House", "the Foreign
 * Ministry"): the organisation words, not a person's role ("spokesman" names who speaks for one). Who-said reads them.
 */
export const BODY_NAME_ENDS: ReadonlySet<string> = new Set([
  ...[...ORG_WORDS, ...ORGANISATION_HEADS].filter((w) => !PERSON_ROLE_NOUNS.has(w)),
  ...SEAT_NAME_END_LIST,
]);
/**
 * Head words of a role held for a body, of one who may speak in its name: its spokesperson ("Kremlin spokesman") or an
 * office title ("White House press secretary"). Not "official", "aide", "source", nor "critic".
 */
export const BODY_SPEAKER_HEADS: ReadonlySet<string> = new Set([
  ...[...ORGANISATION_HEADS].filter((w) => PERSON_ROLE_NOUNS.has(w)),
  ...OFFICE_TITLES,
]);
export const SPOKESPERSON_NOUNS = set(SPOKESPERSON_NOUN_LIST);
export const QUOTING_CUES = set(verbs.QUOTING_PARTICIPLES);
export const TALKED_PASTS = set(verbs.TALKED_PASTS);
export const REPLY_VERBS = set(verbs.REPLY_VERBS);
export const RELATIVE_SPEAKERS = set(fw.RELATIVE_SPEAKERS);
/** Words that frame a member's question about a quotation, never part of the name it asks about. */
export const QUESTION_FRAME_WORDS = set(fw.QUESTION_FRAME_WORDS);
/**
 * Function words: determiners, pronouns, prepositions, conjunctions, clause openers, auxiliaries and adverbs. An
 * acronym that spells one among lower-case words ("the WHO", "US officials") is none of them (tokens.ts).
 */
export const FUNCTION_WORDS = set(
  fw.DETERMINERS,
  fw.PRONOUNS,
  fw.OBJECT_PRONOUNS,
  fw.POSSESSIVE_PRONOUNS,
  fw.RELATIVE_PRONOUNS,
  fw.PREPOSITIONS,
  fw.CLAUSE_STOPS,
  fw.CLAUSE_OPENERS,
  fw.COORDINATORS,
  fw.FUNCTION_CAPS,
  fw.VERB_FILLERS,
  verbs.AUXILIARIES,
);

/**
 * Countries (by name and alias: "United States", "America", "Georgia") and US states, lower case, words joined by one
 * space: a capitalised run that spells one out exactly is a place, never a person.
 */
export const PLACES: ReadonlySet<string> = set(
  US_STATES,
  Object.values(countries).flatMap((c) => [c.name, ...(c.alias ?? [])].map((n) => n.toLowerCase())),
);

/** Last words of a geographic feature's name ("Sea", "Gulf", "Valley"): a run of two words or more ending in one is a place. */
export const GEOGRAPHIC_FEATURE_WORDS = set(GEOGRAPHIC_FEATURES);

/** Labels before a colon that open no transcript line ("Note:"), or that name a speaker by role only or as Q and A. */
export const NON_SPEAKER_LABEL_WORDS = set(labels.NON_SPEAKER_LABEL_WORDS);
export const UNNAMED_SPEAKER_WORDS = set(labels.UNNAMED_SPEAKER_WORDS);
export const QUESTION_LABELS = set(labels.QUESTION_LABELS);
export const ANSWER_LABELS = set(labels.ANSWER_LABELS);
export const PASTED_LABEL_WORDS = set(labels.PASTED_LABEL_WORDS);
export const STAGE_NOTE_WORDS = set(labels.STAGE_NOTE_WORDS);
/** A news outlet's name typed around the words: its last words, and wire services and broadcasters by name. */
export const NEWS_OUTLET_WORDS = set(labels.NEWS_OUTLET_WORDS);
export const NEWS_SERVICE_WORDS = set(labels.NEWS_SERVICE_WORDS);
export const NEWS_OUTLET_NAMES = set(labels.NEWS_OUTLET_NAMES);

/**
 * French, German, Spanish, Italian and Portuguese words of attribution (foreign.ts): verbs of saying, sources,
 * determiners, pronouns, roles.
 */
export const FOREIGN_PARTICIPLES = set(foreign.FRENCH_PARTICIPLES, foreign.SPANISH_PARTICIPLES, foreign.ITALIAN_PARTICIPLES);
export const FRENCH_PRESENTS = set(foreign.FRENCH_PRESENTS);
export const FOREIGN_AUXILIARIES = set(foreign.FRENCH_AUXILIARIES, foreign.SPANISH_ITALIAN_AUXILIARIES);
export const FOREIGN_DETERMINERS = set(foreign.FRENCH_DETERMINERS, foreign.GERMAN_DETERMINERS, foreign.ROMANCE_DETERMINERS);
export const FOREIGN_FEMININE_PRONOUNS = set(
  foreign.FRENCH_FEMININE_PRONOUNS,
  foreign.GERMAN_FEMININE_PRONOUNS,
  foreign.ROMANCE_FEMININE_PRONOUNS,
);
export const FOREIGN_MASCULINE_PRONOUNS = set(
  foreign.FRENCH_MASCULINE_PRONOUNS,
  foreign.GERMAN_MASCULINE_PRONOUNS,
  foreign.ROMANCE_MASCULINE_PRONOUNS,
);
export const ROMANCE_ROLE_NOUNS = set(foreign.FRENCH_ROLE_NOUNS, foreign.ROMANCE_ROLE_NOUNS);
export const ROMANCE_FEMININE_ROLES = set(foreign.FRENCH_FEMININE_ROLES, foreign.ROMANCE_FEMININE_ROLES);
export const GERMAN_SPEECH_VERBS = set(foreign.GERMAN_SPEECH_VERBS);
export const GERMAN_SOURCE_WORDS = set(foreign.GERMAN_SOURCE_WORDS);
export const GERMAN_ROLE_NOUNS = set(foreign.GERMAN_ROLE_NOUNS);
export const FOREIGN_INTERJECTED = set(foreign.FOREIGN_INTERJECTED, foreign.ROMANCE_INTERJECTED);
export const FOREIGN_HEARER_PREPOSITIONS = set(foreign.FRENCH_HEARER_PREPOSITIONS, foreign.ROMANCE_HEARER_PREPOSITIONS);
export const FOREIGN_SOURCE_PREPOSITIONS = set(foreign.FOREIGN_SOURCE_PREPOSITIONS, foreign.ROMANCE_SOURCE_PREPOSITIONS);
export const FRENCH_INVERTED_ONLY = set(foreign.FRENCH_INVERTED_ONLY);
export const PRO_DROP_SPEECH_VERBS = set(foreign.PRO_DROP_SPEECH_VERBS);
export const ROMANCE_ENGLISH_LOOKALIKES = set(foreign.ROMANCE_ENGLISH_LOOKALIKES);
export const FOREIGN_OPINION_PREPOSITIONS = set(foreign.FOREIGN_OPINION_PREPOSITIONS);
export const FOREIGN_COMPLEMENT_OPENERS = set(foreign.FOREIGN_COMPLEMENT_OPENERS);
export const FOREIGN_IMPERSONAL_SUBJECTS = set(foreign.FOREIGN_IMPERSONAL_SUBJECTS);
export const GERMAN_IMPERSONAL_VERBS = set(foreign.GERMAN_IMPERSONAL_VERBS);
export const FOREIGN_OWN_SOURCE_WORDS = set(foreign.FOREIGN_OWN_SOURCE_WORDS);
export const FOREIGN_PLURAL_SPEECH_VERBS = set(foreign.FOREIGN_PLURAL_SPEECH_VERBS);
export const FOREIGN_PLURAL_PRONOUNS = set(foreign.FOREIGN_PLURAL_PRONOUNS);
export const FOREIGN_NAME_PARTICLES = set(foreign.FOREIGN_NAME_PARTICLES);
export const SPANISH_ITALIAN_AUXILIARIES = set(foreign.SPANISH_ITALIAN_AUXILIARIES);
export const GERMAN_OPENING_PREPOSITIONS = set(foreign.GERMAN_OPENING_PREPOSITIONS);
