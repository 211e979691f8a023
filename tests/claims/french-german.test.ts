import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

/** The speaker of each quotation of a document made of `paragraphs`. */
const speakers = (...paragraphs: string[]) => speakersIn(...paragraphs).map((q) => q.speaker);

describe('French: verbs of saying after the words', () => {
  it.each([
    ['« Nous ne céderons pas », a déclaré la maire, Hélène Vasseur.', 'Hélène Vasseur'],
    ['« Nous ne céderons pas », a déclaré Hélène Vasseur.', 'Hélène Vasseur'],
    ['« Nous ne céderons pas », déclare Hélène Vasseur, la maire de Rivemont.', 'Hélène Vasseur'],
    ['« Le budget est bouclé », affirme le ministre Paul Garnier.', 'Paul Garnier'],
    ['« Le budget est bouclé », a précisé le ministre des Finances, Paul Garnier, lundi.', 'Paul Garnier'],
    ['« Le budget est bouclé », a expliqué la présidente de la région, Claire Dumont.', 'Claire Dumont'],
    ['« Rien n’est décidé », a répondu l’avocate, Sophie Lemaire.', 'Sophie Lemaire'],
    ['« Rien n’est décidé », souligne Marc-Antoine Ferrand.', 'Marc-Antoine Ferrand'],
    ['« Rien n’est décidé » a ajouté Julien de Villiers.', 'Julien de Villiers'],
    ['« Le port restera ouvert », a affirmé le ministre.', 'le ministre'],
    ['« Le port restera ouvert », estime la porte-parole.', 'la porte-parole'],
    ['« Nous partirons », confie Hélène Vasseur à l’AFP.', 'Hélène Vasseur'],
    ['« Nous partirons », a indiqué à l’AFP le porte-parole de la mairie.', 'le porte-parole de la mairie'],
    ['« Nous partirons », a déclaré lundi la maire.', 'la maire'],
    ['« La décision est injuste », a écrit sur X la députée Lucie Arnaud.', 'Lucie Arnaud'],
    ['« C’est fini », a tranché Claire Dumont, la ministre de la Santé.', 'Claire Dumont'],
    ['« Pas de seconde chance », martèle le syndicaliste Yves Caradec.', 'Yves Caradec'],
    ['« Il n’y aura pas de seconde chance », a prévenu le président Jean-Luc Morel.', 'Jean-Luc Morel'],
    ['« Rien n’est joué », selon Hélène Vasseur.', 'Hélène Vasseur'],
    ['« Rien n’est joué », selon la maire de Rivemont.', 'la maire de Rivemont'],
    ['« Rien n’est joué », a estimé un porte-parole du ministère.', 'un porte-parole du ministère'],
    ['« Nous partirons », a-t-il ajouté, avant de quitter la salle.', 'il'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('reads the inverted pronoun of "a-t-il dit", "explique-t-elle" as the person named before', () => {
    expect(speakers('La maire de Rivemont, Hélène Vasseur, a parlé lundi.', '« Nous ne céderons pas », a-t-elle dit.')).toEqual([
      'Hélène Vasseur',
    ]);
    expect(speakers('Paul Garnier est arrivé tôt.', '« Le budget est bouclé », a-t-il déclaré.')).toEqual(['Paul Garnier']);
    expect(speakers('Claire Dumont préside la région.', '« Le train reviendra », explique-t-elle.')).toEqual(['Claire Dumont']);
    expect(speakers('Claire Dumont a reçu Paul Garnier.', '« Le train reviendra », ajoute-t-elle.')).toEqual(['Claire Dumont']);
    expect(speakers('Claire Dumont a reçu Paul Garnier.', '« Le train reviendra », précise-t-il.')).toEqual(['Paul Garnier']);
    expect(speakers('Le ministre, Paul Garnier, a reçu la maire, Hélène Vasseur.', '« Nous verrons », répond-elle.')).toEqual([
      'Hélène Vasseur',
    ]);
    expect(speakers('Sophie Lemaire attend.', '« Nous partirons », lance-t-elle.')).toEqual(['Sophie Lemaire']);
    expect(speakers('Le préfet a reçu Lucie Arnaud.', '« Nous ferons appel », a-t-elle annoncé.')).toEqual(['Lucie Arnaud']);
    expect(
      speakers(
        'Le maire Jacques Pellerin et la députée Lucie Arnaud ont parlé.',
        '« Nous ferons appel », a-t-il annoncé.',
        '« Moi aussi », a-t-elle répondu.',
      ),
    ).toEqual(['Jacques Pellerin', 'Lucie Arnaud']);
  });

  it('takes no one for "a-t-on" and no named person for an indefinite role', () => {
    expect(speakers('« On ne lâchera rien », a-t-on entendu dans la salle.')).toEqual([null]);
    expect(speakers('Paul Garnier est porte-parole.', '« Rien n’est joué », a estimé un porte-parole du ministère.')).toEqual([
      'un porte-parole du ministère',
    ]);
  });

  it('takes a role alone as the person the article named with it', () => {
    expect(speakers('La maire, Hélène Vasseur, a reçu les pêcheurs.', '« Le port restera ouvert », a assuré la maire.')).toEqual([
      'Hélène Vasseur',
    ]);
    expect(speakers('Paul Garnier, le ministre, est venu.', '« Le budget est bouclé », a insisté le ministre.')).toEqual(['Paul Garnier']);
  });

  it('gives the words after and before a quotation in two parts to the same speaker', () => {
    expect(speakers('« Nous ne céderons pas », a déclaré Hélène Vasseur. « Jamais. »')).toEqual(['Hélène Vasseur', 'Hélène Vasseur']);
  });
});

describe('French: the speaker before the words', () => {
  it.each([
    ['Selon Hélène Vasseur, « la ville ne cédera pas ».', 'Hélène Vasseur'],
    ['Selon la maire, Hélène Vasseur, « la ville ne cédera pas ».', 'Hélène Vasseur'],
    ['Hélène Vasseur a déclaré : « Nous ne céderons pas. »', 'Hélène Vasseur'],
    ['La maire, Hélène Vasseur, a déclaré : « Nous ne céderons pas. »', 'Hélène Vasseur'],
    ['Paul Garnier a dit que le budget était « bouclé ».', 'Paul Garnier'],
    ['Le ministre Paul Garnier explique : « Le budget est bouclé. »', 'Paul Garnier'],
    ['La maire a déclaré : « Nous ne céderons pas. »', 'la maire'],
    ['Hélène Vasseur, maire de Rivemont, a déclaré : « Nous partirons. »', 'Hélène Vasseur'],
    ['D’après Hélène Vasseur, « rien n’est joué ».', 'Hélène Vasseur'],
    ['Pour Hélène Vasseur, la décision est « injuste ».', 'Hélène Vasseur'],
    ['In Rivemont, la maire Hélène Vasseur a estimé que la décision était « injuste ».', 'Hélène Vasseur'],
    ['La ministre de la Santé, Claire Dumont, a jugé la réforme « indispensable ».', 'Claire Dumont'],
    ['Le président Jean-Luc Morel a prévenu : « Il n’y aura pas de seconde chance. »', 'Jean-Luc Morel'],
    ['Lucie Arnaud a écrit sur X : « La décision est injuste. »', 'Lucie Arnaud'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('reads "il"/"elle" before the verb as the person named before', () => {
    expect(speakers('Hélène Vasseur est arrivée.', 'Elle a déclaré : « Nous ne céderons pas. »')).toEqual(['Hélène Vasseur']);
    expect(speakers('Paul Garnier est arrivé.', 'Il explique : « Le budget est bouclé. »')).toEqual(['Paul Garnier']);
  });
});

describe('German: verbs of saying after the words', () => {
  it.each([
    ['„Wir geben nicht auf“, sagte Bürgermeisterin Anna Becker.', 'Anna Becker'],
    ['„Wir geben nicht auf“, sagte die Bürgermeisterin Anna Becker am Montag.', 'Anna Becker'],
    ['„Wir geben nicht auf“, sagte Anna Becker der Zeitung.', 'Anna Becker'],
    ['„Der Haushalt steht“, erklärte Finanzminister Jonas Albrecht.', 'Jonas Albrecht'],
    ['„Der Haushalt steht“, betonte der Sprecher des Ministeriums, Tobias Brandt.', 'Tobias Brandt'],
    ['„Der Haushalt steht“, sagte Innenministerin Karin von Hollen.', 'Karin von Hollen'],
    ['„Der Haushalt steht“, sagte die Ministerin.', 'die Ministerin'],
    ['»Der Haushalt steht«, sagte Jonas Albrecht.', 'Jonas Albrecht'],
    ['“Der Haushalt steht”, sagte Jonas Albrecht.', 'Jonas Albrecht'],
    ['„Wir bleiben“, sagte Becker dem Sender.', 'Becker'],
    ['„Wir bleiben“, sagte ein Sprecher der Stadt.', 'ein Sprecher der Stadt'],
    ['„Wir bleiben“, sagte am Montag Anna Becker.', 'Anna Becker'],
    ['„Wir bleiben“, sagte Regierungssprecher Tobias Brandt.', 'Tobias Brandt'],
    ['„Das Urteil ist falsch“, schrieb die Abgeordnete Lea Hartmann auf X.', 'Lea Hartmann'],
    ['„Das Urteil ist falsch“, betonte Lea Hartmann, die Vorsitzende der Partei.', 'Lea Hartmann'],
    ['„Keine zweite Chance“, warnte die Vorsitzende Petra Lindner.', 'Petra Lindner'],
    ['„Keine zweite Chance“, so die Vorsitzende.', 'die Vorsitzende'],
    ['„Keine zweite Chance“, so Lindner, die seit 2019 im Amt ist.', 'Lindner'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('reads "so X" as the speaker, a surname as the full name given before', () => {
    expect(speakers('Anna Becker ist Bürgermeisterin.', '„Wir geben nicht auf“, so Becker.')).toEqual(['Anna Becker']);
    expect(speakers('„Wir geben nicht auf“, so Bürgermeisterin Anna Becker.')).toEqual(['Anna Becker']);
    expect(speakers('Anna Becker ist Ministerin.', '„Wir geben nicht auf“, so die Ministerin.')).toEqual(['Anna Becker']);
  });

  it('reads "sagte er", "erklärte sie" as the person named before of that gender', () => {
    expect(speakers('Anna Becker ist Bürgermeisterin.', '„Wir geben nicht auf“, erklärte sie.')).toEqual(['Anna Becker']);
    expect(speakers('Jonas Albrecht sprach zuerst.', '„Der Haushalt steht“, erklärte er.')).toEqual(['Jonas Albrecht']);
    expect(speakers('Jonas Albrecht traf Anna Becker.', '„Der Haushalt steht“, sagte er.')).toEqual(['Jonas Albrecht']);
    expect(speakers('Jonas Albrecht traf Anna Becker.', '„Der Haushalt steht“, sagte sie.')).toEqual(['Anna Becker']);
    expect(speakers('Jonas Albrecht traf Anna Becker.', '„Der Haushalt steht“, fügte sie hinzu.')).toEqual(['Anna Becker']);
    expect(
      speakers('Lea Hartmann traf Jonas Albrecht.', '„Das Urteil ist falsch“, kritisierte er.', '„Wir gehen in Berufung“, ergänzte sie.'),
    ).toEqual(['Jonas Albrecht', 'Lea Hartmann']);
    expect(
      speakers('Anna Becker und Jonas Albrecht trafen sich.', '„Wir bleiben“, sagte Albrecht.', '„Wir auch“, antwortete Becker.'),
    ).toEqual(['Jonas Albrecht', 'Anna Becker']);
  });
});

describe('German: the speaker before the words', () => {
  it.each([
    ['Laut Anna Becker ist der Hafen „nicht zu retten“.', 'Anna Becker'],
    ['Laut Bürgermeisterin Anna Becker ist der Hafen „nicht zu retten“.', 'Anna Becker'],
    ['Anna Becker sagte: „Wir geben nicht auf.“', 'Anna Becker'],
    ['Bürgermeisterin Anna Becker sagte: „Wir geben nicht auf.“', 'Anna Becker'],
    ['Die Bürgermeisterin sagte: „Wir geben nicht auf.“', 'die Bürgermeisterin'],
    ['Becker zufolge ist der Hafen „nicht zu retten“.', 'Becker'],
    ['Am Montag sagte Becker: „Wir bleiben.“', 'Becker'],
    ['Becker sagte Reportern: „Wir bleiben.“', 'Becker'],
    ['Dann erklärte die Ministerin Karin Vogt: „Wir bleiben.“', 'Karin Vogt'],
    ['Der Minister Jonas Albrecht sagte am Dienstag in Berlin, die Reform sei „überfällig“.', 'Jonas Albrecht'],
    ['Die Vorsitzende Petra Lindner warnte: „Keine zweite Chance.“', 'Petra Lindner'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('reads "er"/"sie" before the verb as the person named before', () => {
    expect(speakers('Anna Becker kam spät.', 'Sie sagte: „Wir geben nicht auf.“')).toEqual(['Anna Becker']);
    expect(speakers('Jonas Albrecht kam spät.', 'Er erklärte, der Haushalt sei „solide“.')).toEqual(['Jonas Albrecht']);
    expect(speakers('Anna Becker und Jonas Albrecht trafen sich.', 'Sie sagte: „Wir haben alles versucht.“')).toEqual(['Anna Becker']);
    expect(speakers('Anna Becker ist hier.', 'Im Interview sagte Becker: „Wir bleiben.“')).toEqual(['Anna Becker']);
  });

  it('gives the second part of split words to the speaker named between them', () => {
    expect(speakers('„Wir geben“, sagte Anna Becker, „nicht auf.“').at(-1)).toBe('Anna Becker');
    expect(speakers('« Nous ne céderons », a déclaré Hélène Vasseur, « jamais. »').at(-1)).toBe('Hélène Vasseur');
  });
});

describe('articles in French and German', () => {
  it('follows roles and pronouns through a French article', () => {
    expect(
      speakers(
        'RIVEMONT — La fermeture du port inquiète les pêcheurs.',
        'La maire de Rivemont, Hélène Vasseur, a réuni lundi les syndicats à l’hôtel de ville.',
        '« Nous ne céderons pas », a-t-elle déclaré devant la presse.',
        'Le ministre des Transports, Paul Garnier, a répondu dans la soirée.',
        '« Le port n’a pas d’avenir », a-t-il estimé.',
        '« C’est une provocation », a réagi la maire.',
        'Selon le ministre, « aucune décision n’est prise ».',
      ),
    ).toEqual(['Hélène Vasseur', 'Paul Garnier', 'Hélène Vasseur', 'Paul Garnier']);
  });

  it('follows roles and pronouns through a German article', () => {
    expect(
      speakers(
        'KIEL — Im Streit um den Hafen gibt es keine Einigung.',
        'Bürgermeisterin Anna Becker traf am Montag Verkehrsminister Jonas Albrecht im Rathaus.',
        '„Wir geben nicht auf“, sagte Becker nach dem Treffen.',
        'Albrecht sieht das anders.',
        '„Der Hafen hat keine Zukunft“, erklärte er.',
        '„Das ist eine Provokation“, so die Bürgermeisterin.',
        'Laut dem Minister ist „noch nichts entschieden“.',
      ),
    ).toEqual(['Anna Becker', 'Jonas Albrecht', 'Anna Becker', 'Jonas Albrecht']);
  });

  it('reads "le Premier ministre" as one role', () => {
    expect(speakers('« Nous restons », a déclaré le Premier ministre.')).toEqual(['le Premier ministre']);
    expect(speakers('Le Premier ministre, Paul Garnier, est arrivé.', '« Nous restons », a déclaré le Premier ministre.')).toEqual([
      'Paul Garnier',
    ]);
  });
});

describe('English text is read as before', () => {
  it.each([
    ['“We will not back down,” said Mayor Ana Ruiz.', 'Ana Ruiz'],
    ['“We will note it,” Ana Ruiz said, so Hale left.', 'Ana Ruiz'],
    ['Ana Ruiz has a plan. “It is a dit,” she said.', 'Ana Ruiz'],
    ['“Take note,” Lance Hale said.', 'Lance Hale'],
    ['Ana Ruiz spoke to Tom Hale. “We will appeal,” she said.', 'Ana Ruiz'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
