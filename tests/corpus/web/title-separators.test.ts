/**
 * A `<title>` read without a headline known from elsewhere on the page: the site's name after "«" or "::" too
 * (WordPress themes and older sites write them), and a section's short name between the headline and the
 * site's left out ("Headline | News | Outlet").
 */
import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../../src/corpus/web/title.js';

describe('title separators', () => {
  it.each([
    ['Harbour tolls to rise « Saltby Herald', 'Harbour tolls to rise', 'Saltby Herald'],
    ['Harbour tolls to rise :: Saltby Herald', 'Harbour tolls to rise', 'Saltby Herald'],
    ['Harbour tolls to rise | News | Saltby Herald', 'Harbour tolls to rise', 'Saltby Herald'],
    ['Harbour tolls to rise | Local News | Saltby Herald', 'Harbour tolls to rise', 'Saltby Herald'],
    ['Harbour tolls to rise - Saltby Herald', 'Harbour tolls to rise', 'Saltby Herald'],
  ])('%s', (title, headline, site) => {
    expect(splitTitle(title, null)).toEqual({ headline, site });
  });

  it('a subtitle after a colon stays the headline’s, and a title of two words before the bar is not split', () => {
    expect(splitTitle('Harbour tolls: what it means | Saltby Herald', null)).toEqual({
      headline: 'Harbour tolls: what it means',
      site: 'Saltby Herald',
    });
    expect(splitTitle('Tolls, ships | Saltby Herald', null).site).toBeNull();
  });

  it('a French quotation in guillemets is no site’s name', () => {
    expect(splitTitle('Le maire de Saltby dit « nous ne céderons pas »', null).site).toBeNull();
    expect(splitTitle('Le maire de Saltby dit « nous ne céderons pas » | Le Courrier', null)).toEqual({
      headline: 'Le maire de Saltby dit « nous ne céderons pas »',
      site: 'Le Courrier',
    });
  });
});
