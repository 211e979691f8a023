import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

/** The speaker of each quotation of a document made of `paragraphs`. */
const speakers = (...paragraphs: string[]) => speakersIn(...paragraphs).map((q) => q.speaker);

describe('Spanish: verbs of saying after and before the words', () => {
  it.each([
    ['«No tenemos otra opción», dijo el alcalde, Juan Pérez Ortega.', 'Juan Pérez Ortega'],
    ['«No tenemos otra opción», afirmó la portavoz de la cofradía, Marta Iglesias.', 'Marta Iglesias'],
    ['“Queremos llegar a todos”, explicó Carmen Ruiz en una rueda de prensa.', 'Carmen Ruiz'],
    ['«Lo evaluaremos cada mes», ha afirmado la ministra Carmen Ruiz.', 'Carmen Ruiz'],
    ['Según Marta Iglesias, «el ayuntamiento nunca nos consultó».', 'Marta Iglesias'],
    ['«El ayuntamiento nunca nos consultó», según Marta Iglesias.', 'Marta Iglesias'],
    ['Marta Iglesias insistió: «Seguiremos hasta el final».', 'Marta Iglesias'],
    ['«Estamos cerca», dijo ayer el gobernador, Tomás Aguirre.', 'Tomás Aguirre'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('reads a surname, a role alone and "ella" as the person named before', () => {
    expect(
      speakers('La ministra de Sanidad, Carmen Ruiz Velasco, habló el martes.', '«Queremos llegar a todos», explicó Ruiz Velasco.'),
    ).toEqual(['Carmen Ruiz Velasco']);
    expect(speakers('El gobernador, Tomás Aguirre, llegó tarde.', '«Estamos cerca», afirmó el gobernador.')).toEqual(['Tomás Aguirre']);
    expect(speakers('Rosa Delgado se reunió con Tomás Aguirre.', '«No hay acuerdo», dijo ella.')).toEqual(['Rosa Delgado']);
  });

  it('gives a verb with its subject left out to the person the article is about', () => {
    expect(speakers('La consejera de Pesca, Lucía Fernández, defendió el proyecto.', '«Las obras son imprescindibles», aseguró.')).toEqual([
      'Lucía Fernández',
    ]);
    expect(speakers('«Las obras son imprescindibles», aseguró.')).toEqual([null]);
  });

  it('reads a speaker set off by dashes inside the marks, and the words on both sides as said by them', () => {
    const quotes = speakersIn('«No vamos a ceder —dijo Andrés Molina—, porque los datos nos dan la razón».');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['No vamos a ceder', 'Andrés Molina'],
      ['porque los datos nos dan la razón', 'Andrés Molina'],
    ]);
  });

  it('gives a plural verb to the group the sentence before opens with, and nobody else', () => {
    expect(speakers('Los conductores se mostraron divididos.', '«Queremos volver al trabajo», dijeron.')).toEqual(['los conductores']);
    expect(speakers('Rosa Delgado habló primero.', '«Queremos volver al trabajo», dijeron.')).toEqual([null]);
  });

  it('gives words of no one ("se dice", "según nuestras fuentes") no speaker', () => {
    expect(speakers('Rosa Delgado habló primero.', 'Se dice en el puerto que la huelga «terminará pronto».')).toEqual([null]);
    expect(speakers('Rosa Delgado habló primero.', 'Según nuestras fuentes, el acuerdo llegará «esta semana».')).toEqual([null]);
  });
});

describe('Italian: verbs of saying after and before the words', () => {
  it.each([
    ['«È una scelta necessaria», ha detto il sindaco Marco Bellini.', 'Marco Bellini'],
    ['«Perderemo la metà dei clienti», ha dichiarato la presidente dell’associazione, Giulia Ferraro.', 'Giulia Ferraro'],
    ['«È solo propaganda», ha affermato il segretario regionale, Luca Marino.', 'Luca Marino'],
    ['Secondo Giulia Ferraro, «nessuno ha ascoltato le nostre proposte».', 'Giulia Ferraro'],
    ['«Partiremo a giugno», aggiunge l’assessora ai Trasporti, Elena Conti.', 'Elena Conti'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('reads "il" after the verb as the article of a role, and "lei" as the woman named before', () => {
    expect(
      speakers('Il ministro, Paolo Esposito, ha visitato l’ospedale.', '«I fondi arriveranno», ha detto ai giornalisti il ministro.'),
    ).toEqual(['Paolo Esposito']);
    expect(speakers('Paolo Esposito ha incontrato Chiara Romano.', '«Servono medici», ha replicato lei.')).toEqual(['Chiara Romano']);
    expect(speakers('Chiara Romano dirige l’ospedale.', 'Per Romano, la situazione resta «difficile».')).toEqual(['Chiara Romano']);
  });
});

describe('Portuguese: verbs of saying after and before the words', () => {
  it.each([
    ['“É um investimento no futuro”, disse António Moreira aos jornalistas.', 'António Moreira'],
    ['“Há prioridades mais urgentes”, afirmou a vereadora da oposição, Sofia Carvalho.', 'Sofia Carvalho'],
    ['Segundo Sofia Carvalho, “o orçamento não chega”.', 'Sofia Carvalho'],
    ['“Não houve proposta”, afirmou o dirigente sindical Rui Fonseca.', 'Rui Fonseca'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('reads a role alone, "ela" and "Para a ministra" as the person named before', () => {
    expect(
      speakers(
        'O presidente da Câmara de Vila Serena, António Moreira, falou ontem.',
        '“Vamos ouvir os moradores”, garantiu o presidente da Câmara.',
      ),
    ).toEqual(['António Moreira']);
    expect(speakers('A ministra da Educação, Helena Duarte, recebeu os sindicatos.', '“O diálogo continua”, disse ela.')).toEqual([
      'Helena Duarte',
    ]);
    expect(
      speakers('A ministra da Educação, Helena Duarte, recebeu os sindicatos.', 'Para a ministra, as exigências são “irrealistas”.'),
    ).toEqual(['Helena Duarte']);
  });
});

describe('French and German: one word in marks, impersonal and plural verbs', () => {
  it('reads a word alone in marks credited by a verb of saying as said, not as a title', () => {
    expect(speakers('« Jamais », a répondu le président du club, Paul Garnier.')).toEqual(['Paul Garnier']);
    expect(speakers('Anna Becker ist Bürgermeisterin.', '„Niemals“, sagte Becker.')).toEqual(['Anna Becker']);
    expect(speakers('Giulia Ferraro guida i commercianti.', '«Mai», risponde Ferraro.')).toEqual(['Giulia Ferraro']);
    expect(speakers('Anna Becker sagte: „Niemals“.')).toEqual(['Anna Becker']);
  });

  it('still reads a title in marks as a title', () => {
    expect(speakers('Anna Becker hat „Faust“ gelesen.')).toEqual([null]);
    expect(speakers('Elle a relu « Germinal » pendant l’été.')).toEqual([null]);
  });

  it('gives "heißt es", "hieß es", "on dit", "dit-on" and "selon nos informations" no speaker', () => {
    expect(speakers('Anna Becker kam spät.', '„Das Bad bleibt offen“, heißt es in dem Beschluss.')).toEqual([null]);
    expect(speakers('Anna Becker kam spät.', 'In der Mitteilung hieß es, das Bad sei „nicht zu retten“.')).toEqual([null]);
    expect(speakers('Hélène Vasseur est arrivée.', 'On dit en ville que la piscine « ne rouvrira pas ».')).toEqual([null]);
    expect(speakers('Hélène Vasseur est arrivée.', '« La piscine ne rouvrira pas », dit-on en ville.')).toEqual([null]);
    expect(speakers('Hélène Vasseur est arrivée.', 'Selon nos informations, la décision serait « définitive ».')).toEqual([null]);
  });

  it('gives "sagten sie" to the group named before, never to the last woman named', () => {
    expect(
      speakers('Anna Becker kam spät.', 'Die Vertreter des Vereins waren anderer Meinung.', '„Wir haben keine Zeit mehr“, sagten sie.'),
    ).toEqual(['die Vertreter des Vereins']);
    expect(speakers('Anna Becker kam spät.', '„Wir haben keine Zeit mehr“, sagten sie.')).toEqual([null]);
    expect(speakers('Anna Becker kam spät.', 'Die Fischer blieben im Hafen.', 'Sie sagten: „Wir fahren nicht raus.“')).toEqual([
      'die Fischer',
    ]);
  });
});

describe('dialogue paragraphs, plural subjects and sources of a phrase', () => {
  it('reads a paragraph that opens with a dash and sets a verb of saying off as words said', () => {
    const quotes = speakersIn(
      'El alcalde, Juan Pérez, habló con los vecinos.',
      '—No tenemos miedo —dijo el alcalde—. Seguiremos adelante.',
      '—Llegarán pronto —respondió Pérez—, se lo prometo.',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['No tenemos miedo', 'Juan Pérez'],
      ['Seguiremos adelante.', 'Juan Pérez'],
      ['Llegarán pronto', 'Juan Pérez'],
      ['se lo prometo.', 'Juan Pérez'],
    ]);
  });

  it('leaves a paragraph that opens with a dash and has no verb of saying set off alone', () => {
    expect(speakersIn('—No tenemos miedo. Seguiremos adelante.')).toEqual([]);
    expect(speakersIn('— Ana Ruiz, who said nothing — left early.')).toEqual([]);
  });

  it('gives a plural verb to the group before or after it', () => {
    expect(speakers('Os professores dizem que estão “cansados de esperar”.')).toEqual(['os professores']);
    expect(speakers('Anna Becker kam.', 'Die Anwohner des Viertels sagten, das sei „zu spät“.')).toEqual(['die Anwohner des Viertels']);
    expect(speakers('Anna Becker kam.', 'Nach dem Treffen sagten die Anwohner, das sei „zu spät“.')).toEqual(['die Anwohner']);
  });

  it('reads a subject the lists do not know as written, never as the last person named', () => {
    expect(speakers('Juan Pérez habló.', '«No hay dinero», aseguró el Gobierno.')).toEqual(['el Gobierno']);
    expect(speakers('Juan Pérez habló.', '«Es un desastre», dijo ayer a EFE un vecino.')).toEqual(['un vecino']);
    expect(speakers('Anna Becker kam.', '„Wir ermitteln“, sagte die Polizei.')).toEqual(['die Polizei']);
  });

  it('reads "de acuerdo con X" as a source', () => {
    expect(speakers('La ministra, Carmen Ruiz, habló.', 'De acuerdo con la ministra, «el presupuesto está garantizado».')).toEqual([
      'Carmen Ruiz',
    ]);
  });
});

describe('English text is read as before', () => {
  it.each([
    ['“Roll them,” said Ana Ruiz, the dice in her hand.', 'Ana Ruiz'],
    ['“We will wait — said nobody — for ever,” Ana Ruiz said.', 'Ana Ruiz'],
    ['Ana Ruiz met Tom Hale. “It is a replica,” she said.', 'Ana Ruiz'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
