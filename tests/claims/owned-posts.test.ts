/**
 * A name's post on a named site ("Ana Ruiz’s Facebook post") is the owner's words, not the site's; a site named
 * with no document after it keeps the reading it had. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('an owner’s post on a named site', () => {
  it('credits the owner of a post that a colon opens', () => {
    const qs = speakers('From Ana Ruiz’s Facebook post: "We must move past this divisive campaign, or we will lose."');
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz’s Facebook post' });
  });

  it('credits the owner of a post that is the subject of a verb of saying', () => {
    const qs = speakers('Ana Ruiz’s Facebook post said the levy was "a disgrace."');
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});
