/**
 * Words about people and organisations: titles and honorifics before a name, nouns of roles people hold,
 * and the words that make a capitalised run an organisation's name. General English only: no names.
 */
import { list } from './list.js';

/** Titles and honorifics that may precede a name and are not part of it ("President", "Adm.", "Sen."). */
export const TITLES = list(`
  acting adm. admiral adviser advisor aide alderman alderwoman ambassador analyst anchor assemblyman assemblywoman
  assistant attorney atty. author bishop brother candidate capt. captain cardinal ceo cfo chair chairman chairwoman
  chancellor chief cmdr. coach col. colonel columnist commander commissioner comptroller congressman congresswoman
  constable corporal correspondent councillor councilman councilor councilwoman cpl. dame defence defense del. delegate
  deputy det. detective director
  dr. economist editor envoy executive father foreign former founder gen. general gov. governor head host imam insp.
  inspector interior
  judge justice king lady leader lieutenant lord lt. maj. major manager mayor minister miss mr. mrs. ms. mx. nominee
  officer official pastor pope premier president prime prince princess producer prof. professor pvt. queen rabbi rep.
  reporter representative rev. reverend secretary sen. senator senior sergeant sgt. sheriff sir sister speaker
  spokesman spokesperson spokeswoman state strategist superintendent supt. treasurer trustee undersecretary vice`);

/** Words of the title list that only modify a title ("former", "acting"): never a title on their own before a name. */
export const TITLE_MODIFIERS = list(
  'acting assistant chief defence defense deputy executive foreign former head interior senior state vice',
);

/**
 * Participles that end a compound adjective of where someone comes from or works ("Korean-born", "Texas-based",
 * "Oxford-educated"): such a word before a name describes the person and is no part of the name.
 */
export const ORIGIN_PARTICIPLES = list('based born bred educated raised trained');

/** Words that make a title an office under the one it names ("Vice President", "Deputy Director", "Assistant Secretary"). */
export const SUBORDINATE_TITLES = list('assistant deputy vice');

/** Generational suffixes after a name ("Jr.", "III"): part of the name, no half of a surname. */
export const GENERATIONAL_SUFFIXES = list('ii iii iv jr sr');

/**
 * Words that name the field of an office after a title's "of" ("Minister of Foreign Affairs", "Secretary of Homeland
 * Security", "Chief of Staff"): never a given name, so a single name follows one ("Minister of Foreign Affairs Pell").
 */
export const OFFICE_FIELDS = list(`
  affairs agriculture commerce defence defense development education energy environment finance health housing
  intelligence interior justice labor labour security staff state trade transport transportation treasury`);

/**
 * Abbreviated titles with the word each stands for ("Sen." for "senator"): a description written out ("the Florida
 * senator") matches a role written short ("Florida Sen.").
 */
export const TITLE_ABBREVIATIONS = list(`
  adm.:admiral atty.:attorney capt.:captain cmdr.:commander col.:colonel del.:delegate det.:detective gen.:general
  gov.:governor insp.:inspector lt.:lieutenant maj.:major prof.:professor rep.:representative rev.:reverend sec.:secretary
  sen.:senator sgt.:sergeant supt.:superintendent`);

/**
 * Title modifiers that tell when or how high someone held an office, not which office ("the former governor" is the
 * person the document calls "Gov."): a description need not find them in a role, as it must the others ("state",
 * "deputy", "vice").
 */
export const RANK_AND_TIME_MODIFIERS = list('acting former senior');

/**
 * Nouns of whoever leads, whatever the office ("the Russian leader", "the navy chief"): a description with one fits a
 * role that names an office or a body ("Russian President", "head of the Russian Navy") its other words match.
 */
export const LEADER_NOUNS = list('boss chief head leader');

/** Titles that are only courtesy, no role ("Mr. Lind" holds no office by it). */
export const HONORIFICS = list('dame dr. lady lord madam miss mr. mrs. ms. mx. sir');

/** Nouns that name a role a person holds; descriptions with these heads refer to people. */
export const PERSON_ROLE_NOUNS = list(`
  activist actor actress admiral admirer adviser advisor agent aide ally ambassador analyst anchor architect athlete
  attendee attorney aunt author backer billionaire biographer blogger bodyguard boss boy boyfriend brother businessman
  businesswoman caller campaigner candidate cashier chairman chairwoman challenger chancellor chef chief classmate
  colleague columnist comedian commander commentator commenter confidant congressman congresswoman constituent
  consultant contender correspondent counterpart cousin critic daughter defender delegate democrat demonstrator deputy
  designer detractor diplomat director doctor donor driver economist editor employee engineer entrepreneur envoy
  executive expert fan farmer father fellow fiance fiancee filmmaker firefighter founder friend front-runner
  frontrunner general girl girlfriend governor granddaughter grandfather grandmother grandson guy harbormaster
  harbourmaster head headmaster headmistress heckler historian homeowner hopeful host husband incumbent insider
  interviewer investor journalist judge king landlord lawmaker lawyer leader legislator lobbyist magnate man manager
  master mayor member mentor minister moderator mogul mother narrator neighbor neighbour nephew neurosurgeon niece
  nominee novelist nurse observer officer official operative opponent organiser organizer owner panelist parent
  participant partner pastor person physician pilot politician pollster pope postmaster predecessor premier president
  prince producer professor proponent prosecutor protester pundit quarterback queen rapper reporter representative
  republican researcher resident retiree rival roommate scholar schoolmaster scientist secretary senator shopkeeper
  shopper singer son source speaker spokesman spokesperson spokeswoman spouse spymaster staffer star stepfather stepmother
  strategist student successor superdelegate supporter surgeon surrogate teacher teammate tenant trooper tycoon uncle
  veteran volunteer voter widow widower wife witness woman worker writer`);

/**
 * Nouns for people that are plural without an -s ("police said", "staff say"): a group of people as a role noun's
 * plural is ("officials").
 */
export const PLURAL_PEOPLE = list('people personnel police staff');

/**
 * Role nouns whose plural is as often a verb ("Li heads to Iowa", "Lind stars as a fixer", "Ruiz hosts the
 * debate"): after a name such a plural is read as people only when a verb of saying follows it ("Fox hosts said").
 */
export const VERB_LIKE_ROLES = list('anchor author doctor father head host judge mother nurse partner pilot star volunteer');

/** Organisation-type words that end the name part of a capitalised run ("Russian Navy", "Defense Ministry"). */
export const ORG_WORDS = list(`
  administration agency alliance army assembly association bank board bureau campaign center centre coalition college
  command commission committee company congress corp. corporation council court department fleet force
  forces foundation fund government group house inc. institute kremlin league ltd. ministry navy network news office
  organisation organization parliament party pentagon post press senate service society team times trust union university`);

/**
 * Words ending the name of a place that stands for the government seated there ("Downing Street", "Élysée Palace"):
 * asked about ("did Downing Street say …"), such a name is a body's, never a person's (answers/question-text.ts).
 */
export const SEAT_NAME_ENDS = list('palace street');

/**
 * Arabic nouns of a group ("supporters", "front", "army", "party") that open an organisation's name written with a
 * particle ("Ansar al-Sharia", "Jabhat al-Nusra"): such a run names no person, as "Bashar al-Assad" does.
 */
export const GROUP_OPENERS = list('ahrar ansar harakat hizb jabhat jaish jund');

/**
 * Party words that end a capitalised run describing one member ("Li, a Lakeside Democrat, said", "an Ohio
 * Republican"): such a run is never a person's name, so a later "he" or "she" passes over it, and "the Democrat
 * said" is the one Democrat the article named, else a description (described.ts). (The plurals name groups that
 * speak as one, "Iowa Democrats": not here.)
 */
export const PARTY_MEMBER_WORDS = list(`conservative democrat liberal libertarian republican tory`);

/**
 * Honorifics and nouns that say a person is a woman, before or beside a name ("Mrs. Lind", "his wife, Ana
 * Lind", "Ana Lind, the congresswoman"). "Chairman", "actor" and the like are used for anyone: not here.
 */
export const FEMALE_WORDS = list(`
  actress aunt businesswoman chairwoman congresswoman councilwoman countess daughter duchess empress girl girlfriend
  granddaughter grandmother heiress lady madam madame mom mother mrs. ms. niece princess queen sister spokeswoman
  stepdaughter stepmother widow wife woman`);

/** Honorifics and nouns that say a person is a man ("Mr. Lind", "her husband, Oskar Lind"); not "spokesman", said of anyone. */
export const MALE_WORDS = list(`
  boy boyfriend brother businessman congressman councilman dad duke emperor father grandfather grandson husband king
  lord man mr. nephew prince sir son stepfather stepson uncle widower`);

/**
 * Nouns of kinship or sex that say a person's gender and hold no office ("the mother of the boy", "the woman who found
 * it"): a definite description written with one brings in someone unnamed as an indefinite one does (resolve.ts).
 */
export const KIN_AND_SEX_NOUNS = list(`
  aunt boy boyfriend brother dad daughter father girl girlfriend granddaughter grandfather grandmother grandson husband
  man mom mother nephew niece sister son stepdaughter stepfather stepmother stepson uncle widow widower wife woman`);

/**
 * Last words of bodies that speak for their members: "the foundation" stands for the last one named with its
 * own head word ("the Harbour Trust Foundation"). Not newspapers, chambers or buildings ("the house", "the post").
 */
export const BODY_HEADS = list(`
  agency alliance association board bureau campaign coalition commission committee company corporation council
  federation foundation fund group institute league ministry network organisation organization party society trust union`);

/**
 * Offices of a state that speak as one ("the defence ministry", "the navy", "a government spokesman"): with the
 * `BODY_HEADS`, the last words that make a speaker's name an organisation rather than a person.
 */
export const STATE_BODY_HEADS = list(`
  administration army authority cabinet command department embassy fleet force forces government military navy office
  police presidency secretariat service spokesman spokesperson spokeswoman`);

/**
 * Nouns of one who speaks for another: words credited to "a spokeswoman for the mayor" are the mayor's only through
 * her, which who-said says when it confirms them for the mayor (answers/who-said.ts).
 */
export const SPOKESPERSON_NOUNS = list('spokesman spokespeople spokesperson spokeswoman');

/** Descriptions that stand for a body of any of the `BODY_HEADS` ("the group said"). */
export const ANY_BODY = list('group organisation organization');

/** Adjectives that describe a source by what they know, before the phrase that says of what ("a person close to …", "people familiar with …"). */
export const SOURCE_ADJECTIVES = list('briefed close familiar knowledgeable');

/** Prepositions that say what such a source knows or whom it is close to ("familiar with", "an adviser to"). */
export const SOURCE_PREPOSITIONS = list('to with');

/** Titles of an elected or appointed office: a short form holding one is no one known only by other roles. */
export const OFFICE_TITLES = list(`
  ambassador assemblyman assemblywoman chairman chairwoman congressman congresswoman councillor councilman
  councilwoman gov. governor judge justice lawmaker legislator mayor minister president rep. representative sec.
  secretary sen. senator speaker`);
