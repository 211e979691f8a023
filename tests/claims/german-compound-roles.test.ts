/**
 * German roles the lists missed: "Leiter"/"Leiterin" and compounds ending in "-bürgermeister(in)", "-leiter(in)",
 * "-direktor(in)". Before, "sagte der Leiter der Hochwasserschutzzentrale, Bernd Kessler" credited "der Leiter der
 * Hochwasserschutzzentrale", and "sagte Oberbürgermeisterin Andrea Klein" the name with its title.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

const speakers = (...paragraphs: string[]) => speakersIn(...paragraphs).map((q) => q.speaker);

describe('German roles before a name', () => {
  it.each([
    ['„Der Höchststand kommt am Freitag“, sagte der Leiter der Hochwasserschutzzentrale, Bernd Kessler.', 'Bernd Kessler'],
    ['„Die Lage ist ernst, aber unter Kontrolle“, sagte Oberbürgermeisterin Andrea Klein am Morgen.', 'Andrea Klein'],
    ['„Wir sind vorbereitet“, sagte die Schulleiterin Petra Lang.', 'Petra Lang'],
    ['„Wir sind vorbereitet“, sagte Museumsdirektor Jonas Weber.', 'Jonas Weber'],
  ])('%s', (p, who) => {
    expect(speakers('Der Pegel des Rheins ist in der Nacht auf mehr als acht Meter gestiegen.', p)).toEqual([who]);
  });
});
