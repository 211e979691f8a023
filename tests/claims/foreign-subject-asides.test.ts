/**
 * A subject set off from its verb by an aside between commas ("La patronal, en cambio, advirtió …", "Le syndicat,
 * pour sa part, a dénoncé …") is the speaker: before, the comma before the verb read as a subject left out, and the
 * words went to the last person named in the article.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

const speakers = (...paragraphs: string[]) => speakersIn(...paragraphs).map((q) => q.speaker);

describe('a subject, an aside between commas, then a verb of saying', () => {
  it('Spanish: the description before the aside, not the minister named before', () => {
    expect(
      speakers(
        '"Es una medida de justicia para los trabajadores", afirmó la ministra de Trabajo, Elena Ríos, en la rueda de prensa.',
        'La patronal, en cambio, advirtió de que la subida "pondrá en riesgo el empleo en las pequeñas empresas", según un comunicado.',
      ),
    ).toEqual(['Elena Ríos', 'la patronal']);
  });

  it('French: the description, or the name, before the aside', () => {
    expect(
      speakers(
        '« Cette réforme est nécessaire », a déclaré le ministre du Travail, Louis Garnier.',
        'Le syndicat, pour sa part, a dénoncé une réforme « brutale et injuste » dans un communiqué.',
      ),
    ).toEqual(['Louis Garnier', 'le syndicat']);
    expect(
      speakers(
        '« Cette réforme est nécessaire », a déclaré le ministre du Travail, Louis Garnier.',
        'Claire Dumont, de son côté, a jugé la réforme « brutale et injuste ».',
      ),
    ).toEqual(['Louis Garnier', 'Claire Dumont']);
  });
});
