/**
 * French and German words of attribution, for articles in those languages (their quotations are found in « … »,
 * „…“ and “…”; foreign.ts reads who said them). Lower case, sorted; no English word list holds them.
 */
import { list } from './list.js';

/** French: past participles of verbs of saying, after an auxiliary ("a déclaré", "a-t-il dit"). */
export const FRENCH_PARTICIPLES = list(`
  affirmé ajouté annoncé assuré averti commenté conclu confirmé confié dit déclaré démenti dénoncé déploré estimé
  expliqué fustigé glissé indiqué insisté jugé lancé lâché martelé noté observé plaidé poursuivi promis précisé
  prévenu raconté rappelé reconnu regretté relevé réagi répliqué répondu résumé salué souligné tranché écrit`);

/**
 * French: present forms (third person singular) of verbs of saying ("explique-t-elle", "déclare la maire"); none that
 * is an English word too ("assure", "note", "tranche").
 */
export const FRENCH_PRESENTS = list(`
  affirme ajoute annonce avertit commente conclut confie confirme dit déclare dément dénonce déplore estime explique
  fustige glisse indique insiste lâche martèle plaide poursuit promet précise prévient raconte rappelle reconnaît
  regrette relève réagit réplique répond résume salue souligne écrit`);

/** French: presents of saying that are English words too ("lance", "note"): cues only inverted ("lance-t-elle"). */
export const FRENCH_INVERTED_ONLY = list('assure lance note observe tranche');

/** French: auxiliaries before a participle of saying ("a déclaré", "avait dit"). */
export const FRENCH_AUXILIARIES = list('a avait');

/** French: determiners before a role ("la maire", "l'avocate"). */
export const FRENCH_DETERMINERS = list("l' la le les un une");

/** French: subject pronouns of one person, by gender. */
export const FRENCH_FEMININE_PRONOUNS = list('elle');
export const FRENCH_MASCULINE_PRONOUNS = list('il');

/** French: nouns of a role held, before or after a name ("la maire, Hélène …"); never part of the name. */
export const FRENCH_ROLE_NOUNS = list(`
  adjoint adjointe avocat avocate chef cheffe conseiller conseillère directeur directrice député députée juge maire
  ministre porte-parole premier première procureur procureure préfet préfète président présidente responsable
  secrétaire syndicaliste sénateur sénatrice élu élue`);

/** French: the role nouns of a woman (a later "elle" may refer to her). */
export const FRENCH_FEMININE_ROLES = list(
  'adjointe avocate cheffe conseillère directrice députée procureure préfète présidente sénatrice élue',
);

/** German: verbs of saying, third person singular present and past ("sagte er", "so Becker" is in GERMAN_SOURCE_WORDS). */
export const GERMAN_SPEECH_VERBS = list(`
  antwortet antwortete behauptet behauptete bekräftigte bemerkte betont betonte ergänzt ergänzte erklärt erklärte
  erläuterte erzählt erzählte fügt fügte kommentierte kritisiert kritisierte mahnt mahnte meint meinte sagt sagte schreibt
  schrieb unterstreicht unterstrich versichert versicherte warnt warnte`);

/** German: words that name a source ("laut Becker", "„…“, so Becker", "Becker zufolge"). */
export const GERMAN_SOURCE_WORDS = list('laut so zufolge');

/** German: determiners before a role ("die Ministerin", "der Sprecher"). */
export const GERMAN_DETERMINERS = list('das dem den der des die ein eine einem einer');

/** German: subject pronouns of one person, by gender ("sie" after a verb in the singular). */
export const GERMAN_FEMININE_PRONOUNS = list('sie');
export const GERMAN_MASCULINE_PRONOUNS = list('er');

/**
 * German: nouns of a role held, before a name ("Bürgermeisterin Anna Becker"); never part of the name. A compound
 * that ends in one ("Innenministerin", "Regierungssprecher") is a role too; those in -in are a woman's.
 */
export const GERMAN_ROLE_NOUNS = list(`
  abgeordnete abgeordneter anwalt anwältin bürgermeister bürgermeisterin chef chefin direktor direktorin kanzler
  kanzlerin landrat landrätin minister ministerin präsident präsidentin richter richterin senator senatorin sprecher
  sprecherin staatssekretär staatssekretärin vorsitzende vorsitzender`);

/**
 * French and German: words that may stand between a verb of saying and its subject ("a déclaré lundi la maire",
 * "sagte am Montag Becker"): days, times and adverbs. "à" and "au" bring a hearer in first ("a dit à l'AFP Paul …").
 */
export const FOREIGN_INTERJECTED = list(`
  am auch aussi dann dienstag dimanche donnerstag encore ensuite freitag gestern heute hier jeudi lundi mardi matin
  mercredi mittwoch montag samedi samstag soir sonntag vendredi`);

/**
 * French: prepositions that bring a hearer or a place between the verb and its subject ("a confié au Monde la maire",
 * "a écrit sur X la députée").
 */
export const FRENCH_HEARER_PREPOSITIONS = list('au aux dans sur à');

/** German: prepositions (and their contractions) that open a sentence before its verb, no subject ("Am Montag sagte …"). */
export const GERMAN_OPENING_PREPOSITIONS = list('am an auf aus bei beim im in mit nach vom von vor zum zur');

/** French and German: words of a source before its name ("selon X", "d'après X", "laut X"). */
export const FOREIGN_SOURCE_PREPOSITIONS = list("d'après d’après laut selon");
