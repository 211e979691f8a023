/**
 * Word classes the claims layer relies on: speech verbs, pronouns, titles and role nouns, determiners.
 * General English lexicon only (no names of people or outlets), compiled once into Sets and RegExps.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Verbs that introduce what someone said or wrote, in the inflected forms news prose uses. Multi-word cues
 * ("pointed out", "went on") are matched on their first word plus `SPEECH_PARTICLE`.
 */
export const SPEECH_VERBS = words(`
  said says say saying told tells tell telling added adds adding stressed stresses stressing
  emphasised emphasized emphasises emphasizes emphasising emphasizing noted notes noting wrote writes writing
  asked asks asking recalled recalls recalling explained explains explaining argued argues arguing
  claimed claims claiming insisted insists insisting warned warns warning declared declares declaring
  stated states stating announced announces continued continues replied replies replying responded responds
  answered answers tweeted tweets tweeting posted predicted predicts suggested suggests suggesting
  acknowledged acknowledges admitted admits conceded concedes complained complains complaining
  called calls calling described describes describing urged urges urging promised promises vowed vows
  pledged pledges joked jokes quipped quips shouted yelled wondered wonders mused remarked remarks
  observed observes pointed points concluded concludes cautioned cautions countered counters contended
  contends maintained maintains charged charges alleged alleges boasted boasts bragged lamented laments
  accused accuses praised praises criticized criticised criticizes criticises blasted slammed denounced
  dismissed labeled labelled dubbed branded referred refers referring reiterated reiterates repeated
  confirmed confirms denied denies testified reported reports read reads expressed
  proclaimed proclaims announced mocked mocks sneered scoffed retorted explained snapped pleaded
  underscored underlined highlighted highlights affirmed affirms assured assures reminded reminds
  thundered shot tells informed informs agreed agrees exclaimed exclaims confessed echoed echoes
  state write ask add explain argue claim insist warn declare describe call suggest predict
  bemoaned bemoans decried decries blamed blames blaming cited cites citing chanted chanting chants
  portrayed portrays portraying predicting discussed discussing promising touted touts touting hailed hails
  lauded derided derides insulted questioned questions demanded demands vowing pledging dubbing labeling
  labelling termed terming characterized characterised characterizing characterising likened compared
  recounted recounts recounting acknowledging admitting conceding insisting claiming arguing predicting
  complaining warning joking boasting pleading cautioning lamenting conceded
  asserted asserts asserting condemned condemns condemning attacked attacks attacking defended defends
  defending mentioned mentions mentioning rejected rejects railed rails denouncing criticizing
  criticising voiced voices invoked invokes knocked knocks slams slamming ripped rips assailed eviscerated
  mocking blasting blasts quoted quotes quoting retweeted emailed referenced references questioning
  accusing praising highlighting alleging dismissing dismisses bragging reminding
  welcomed groused grouses exhorted vented sniped sang sings singing chanted lambasted lambasts berated
  scolded scolds chided rebuked ridiculed ridicules denounces decrying trumpeted trumpets heralded
  proclaiming announcing declaring stating writes messaged texted shouting yelling screaming screamed
  whispered murmured muttered griped grumbled fumed raged ranted bristled went shot
  ruled rated rates deemed deems judged put puts made makes make making`);

/** Second words of two-word speech cues ("pointed out", "went on", "shot back"; "put it" is matched on its own). */
export const SPEECH_PARTICLE = words('out on back up');
/** First words that need a particle to be speech ("pointed out", "made clear"), never speech alone. */
export const NEEDS_PARTICLE = words('pointed points went shot put puts made makes make making');

/** Speech verbs strong enough to carry unmarked reported speech ("Li stressed that …"). */
export const REPORTING_VERBS = words(`
  said says told tells stressed stresses emphasised emphasized emphasises emphasizes noted notes added adds
  argued argues claimed claims insisted insists warned warns declared declares stated states announced
  announces explained explains acknowledged acknowledges admitted admits predicted predicts suggested
  suggests contended contends maintained maintains reiterated reiterates confirmed confirms wrote writes
  asserted asserts alleged alleges recalled recalls`);

/** Personal and relative pronouns that can stand as the subject of a speech verb (both cases). */
export const PRONOUNS = words('he she they it we i you who He She They It We I You Who');

/** Adverbs, auxiliaries and negation that may sit between a subject and its speech verb. */
export const VERB_FILLERS = words(`
  also has have had is was were are would will could can may might should did does do then later
  previously once again repeatedly recently reportedly already still even further not never just only
  often frequently publicly privately quickly immediately subsequently separately similarly likewise
  earlier yesterday today tonight been being has since first simply flatly`);

/** Words that open a description ("the spokesman", "a senior official"). */
export const DETERMINERS = words(
  'the a an his her its their our this that these those one another some several many two three The A An His Her Its Their This That These Those One Another Some Several Many Two Three',
);

/**
 * Titles and honorifics that may precede a name and are not part of it ("President", "Adm.", "Sen.").
 * Lower-cased; compared against lower-cased tokens.
 */
export const TITLES = words(`
  president vice minister secretary senator sen. rep. del. representative gov. governor mayor admiral adm.
  general gen. colonel col. lieutenant lt. captain capt. major maj. commander cmdr. sergeant sgt.
  chairman chairwoman chair director chief spokesman spokeswoman spokesperson ambassador envoy judge justice
  prime premier chancellor king queen prince princess pope rev. reverend dr. mr. mrs. ms. miss mx. prof.
  professor sir lord lady dame speaker leader head deputy former acting assistant senior defense defence
  foreign interior state attorney sheriff officer official commissioner candidate nominee manager
  strategist adviser advisor aide analyst economist founder ceo cfo executive editor correspondent
  host anchor reporter columnist author producer coach pastor rabbi imam bishop cardinal father sister
  brother congressman congresswoman councilman councilwoman delegate trustee superintendent professor`);

/** Nouns that name a role a person holds; descriptions with these heads refer to people. */
export const PERSON_ROLE_NOUNS = words(`
  spokesman spokeswoman spokesperson minister president leader chief head official secretary senator governor
  mayor candidate nominee chairman chairwoman director admiral general commander ambassador envoy
  adviser advisor aide analyst strategist manager founder executive editor columnist author host anchor
  reporter correspondent source man woman congressman congresswoman lawmaker legislator representative
  speaker counterpart billionaire businessman mogul politician premier chancellor king queen prince pope
  officer lawyer attorney judge professor expert economist activist organizer organiser voter supporter
  critic opponent rival candidate democrat republican father mother wife husband son daughter boss ally
  constituent member volunteer resident delegate donor student teacher worker veteran friend partner
  consultant scientist pollster historian commentator writer journalist researcher fellow scholar lobbyist
  operative physician doctor agent blogger comedian actor actress singer star owner surrogate
  moderator interviewer panelist hopeful contender challenger incumbent protester demonstrator`);

/** Heads of descriptions that denote a written statement, whose author is its speaker ("the same note"). */
export const DOCUMENT_NOUNS = words(
  'statement note readout release communique communiqué report letter memo document post tweet transcript',
);

/** Organisation-type words that end the name part of a capitalised run ("Russian Navy Nikolay Evmenov"). */
export const ORG_WORDS = words(`
  navy army party ministry department committee council agency office service command fleet force forces
  house senate congress parliament assembly court commission union association foundation institute
  university college center centre times post news network agency press bureau campaign group company
  corporation inc. corp. ltd. bank board administration government kremlin pentagon`);

/** Prepositions and words that, right before a quotation, mark it as a title or a name, not speech. */
export const TITLE_MARKERS = words(
  'on in at of from by with dubbed titled entitled named nicknamed called the a an his her their its our as',
);

/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS = words(`
  mr mrs ms dr prof sen rep del gov gen adm col lt capt maj cmdr sgt rev st jr sr vs etc inc corp ltd co
  jan feb mar apr aug sep sept oct nov dec no u.s u.k u.n d.c a.m p.m`);

/** Words that end the scope of a speech verb before a quotation ("China said it is neutral but keeps an “x” tie"). */
export const SCOPE_STOP = words('but whereas however yet');

/** Prepositions and naming words after which a title in marks is the name of a work, not reported words. */
export const WORK_MARKERS = words('on in at of from by with titled entitled named nicknamed for about into called like');

/** Lower-case words a title in marks may hold ("Meet the Press", "Game of Thrones"). */
export const TITLE_SMALL_WORDS = words('a an the of and or in on at to for by with from vs de');
