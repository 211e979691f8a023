/**
 * French, German, Spanish, Italian and Portuguese words of attribution, for articles in those languages (their
 * quotations are found in « … », „…“ and “…”; foreign.ts reads who said them). Lower case, sorted; no English word
 * list holds them.
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
  kanzlerin landrat landrätin leiter leiterin minister ministerin präsident präsidentin richter richterin senator
  senatorin sprecher sprecherin staatssekretär staatssekretärin stadtrat stadträtin vorsitzende vorsitzender`);

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

/** Spanish: past participles of verbs of saying, after "ha" or "había" ("ha dicho", "ha afirmado"). */
export const SPANISH_PARTICIPLES = list(`
  admitido advertido afirmado agregado anunciado apuntado asegurado añadido comentado confirmado criticado declarado
  denunciado destacado dicho escrito explicado indicado insistido lamentado manifestado precisado reconocido
  recordado respondido señalado sostenido subrayado`);

/** Italian: past participles of verbs of saying, after "ha" or "aveva" ("ha detto", "ha dichiarato"). */
export const ITALIAN_PARTICIPLES = list(`
  affermato aggiunto ammesso annunciato assicurato avvertito commentato concluso confermato denunciato detto
  dichiarato insistito osservato precisato raccontato replicato ribadito risposto scritto sottolineato spiegato`);

/** Spanish and Italian: auxiliaries before a participle of saying ("ha dicho", "ha detto", "aveva detto"). */
export const SPANISH_ITALIAN_AUXILIARIES = list('aveva ha había');

/**
 * Spanish, Italian and Portuguese: verbs of saying in the third person singular, past and present ("dijo",
 * "afirmó", "disse", "afferma"), none an English word. These languages drop the subject: "«…», aseguró." is said by
 * the person the article is about.
 */
export const PRO_DROP_SPEECH_VERBS = list(`
  acrescenta acrescentou adianta adiantou admite admitiu admitió advierte advirtió afferma affermò afirma afirmou
  afirmó aggiunge aggiunse agrega agregó alertou ammette anunció apunta apuntó asegura aseguró avverte añade añadió
  chiede chiese comenta comentou comentó commenta confirma confirmou confirmó contesta contestó contou contó critica
  criticou criticó cuenta declara declarou declaró defende defendeu denuncia denunciou denunció destaca destacou
  destacó dichiara dichiarò dijo disse diz escreveu escribe escribió explica explicou explicó frisa frisou garante
  garantiu indica indicou indicó insiste insistió lamenta lamentou lamentó manifestó osserva perguntou precisó
  pregunta preguntó recalca recalcó reconhece reconheceu reconoce reconoció recordó recuerda referiu relata relató
  replicou replicó responde respondeu respondió ribadisce rilancia risponde rispose salienta salientou señala señaló
  sostiene sostuvo sottolinea spiega spiegò sublinha sublinhou subraya subrayó`);

/** Spanish and Italian verbs of saying that are English words too ("dice"): cues only in a document not in English. */
export const ROMANCE_ENGLISH_LOOKALIKES = list('conclude dice replica');

/** Spanish, Italian and Portuguese: determiners before a role ("el alcalde", "il sindaco", "a vereadora"). */
export const ROMANCE_DETERMINERS = list(`
  a el gli i il l' la las le lo los o os um uma un una uno`);

/** Spanish, Italian and Portuguese: subject pronouns of one person, by gender ("dijo ella", "disse ele"). */
export const ROMANCE_FEMININE_PRONOUNS = list('ela ella lei');
export const ROMANCE_MASCULINE_PRONOUNS = list('ele lui él');

/** Spanish, Italian and Portuguese: nouns of a role held, before or after a name ("el alcalde, Juan …"). */
export const ROMANCE_ROLE_NOUNS = list(`
  abogada abogado advogada advogado alcalde alcaldesa assessora assessore autarca avvocata avvocato concejal
  concejala consejera consejero consigliera consigliere coordenador coordenadora coordinador coordinadora
  coordinatore coordinatrice delegada delegado deputada deputado deputata deputato diputada diputado director
  directora diretor diretora direttore direttrice dirigente fiscal gobernador gobernadora governador governadora
  governatore jefa jefe juez jueza juiz juíza líder ministra ministro porta-voz portavoce portavoz prefeita prefeito
  prefetto presidenta presidente procurador procuradora procuratore questore responsabile responsable responsável
  secretaria secretario secretária secretário segretaria segretario senador senadora senatore senatrice sindaca
  sindaco vereador vereadora vocera vocero`);

/** Spanish, Italian and Portuguese: the role nouns of a woman (a later "ella"/"lei"/"ela" may refer to her). */
export const ROMANCE_FEMININE_ROLES = list(`
  abogada advogada alcaldesa assessora avvocata concejala consejera consigliera coordenadora coordinadora
  coordinatrice delegada deputada deputata diputada directora diretora direttrice gobernadora governadora jefa jueza
  juíza ministra prefeita presidenta procuradora secretaria secretária segretaria senadora senatrice sindaca
  vereadora vocera`);

/** Spanish, Italian and Portuguese: words of a source before its name ("según X", "secondo X", "segundo X"). */
export const ROMANCE_SOURCE_PREPOSITIONS = list('secondo segundo según');

/**
 * French, Spanish, Italian and Portuguese: "pour", "para", "per" opening a sentence, its person set off by a comma
 * ("Para el alcalde, la obra es «urgente»"): that person's view.
 */
export const FOREIGN_OPINION_PREPOSITIONS = list('para per pour');

/**
 * Words that open the complement of a role ("la maire de Rivemont", "der Sprecher des Ministeriums", "el alcalde de
 * Valdemora", "l'assessora ai Trasporti", "o presidente da Câmara").
 */
export const FOREIGN_COMPLEMENT_OPENERS = list(`
  ai al alla da das de degli dei del della delle dello der des di do dos du für vom von`);

/**
 * Spanish, Italian and Portuguese: days, times and adverbs between a verb of saying and its subject ("dijo ayer el
 * alcalde"), and hearers' prepositions ("ha detto ai giornalisti il sindaco", "dijo a los vecinos").
 */
export const ROMANCE_INTERJECTED = list(`
  además anche ayer domenica domingo giovedì hoy ieri jueves lunedì lunes martedì martes mercoledì miércoles oggi
  ontem sabato sábado también também venerdì viernes`);
export const ROMANCE_HEARER_PREPOSITIONS = list('a ai al alla ante ao aos');

/**
 * Subjects of no one ("on dit", "dit-on", "si dice", "se dice", "diz-se") and the words after a German verb that make
 * it impersonal ("heißt es", "hieß es"): words said this way have no speaker, and take no one named before.
 */
export const FOREIGN_IMPERSONAL_SUBJECTS = list('es man on se si');
/** German verbs of saying only with the impersonal "es" after them ("„…“, heißt es in dem Beschluss"). */
export const GERMAN_IMPERSONAL_VERBS = list('heißt hieß');

/**
 * The outlet's own words after a source preposition ("selon nos informations", "laut unseren Informationen",
 * "según nuestras fuentes"): a source of no one.
 */
export const FOREIGN_OWN_SOURCE_WORDS = list('nos nossas nossos nostre nostri nuestras nuestros unseren');

/**
 * Verbs of saying in the plural, with a plural pronoun or none after them ("sagten sie", "ont-ils dit", "dijeron",
 * "hanno detto" is the auxiliary "hanno"): the words of a group, never of the last person named.
 */
export const FOREIGN_PLURAL_SPEECH_VERBS = list(`
  affermano afirmaron betonten dicen dicono dijeron disseram dizem erklärten explicaron sagen sagten`);
export const FOREIGN_PLURAL_PRONOUNS = list('elles ellos ils sie');

/** Particles inside a person's name ("Charles de Gaulle", "Ursula von Berg", "João dos Santos", "Lina da Costa"). */
export const FOREIGN_NAME_PARTICLES = list('da de del di do dos du van von zu');
