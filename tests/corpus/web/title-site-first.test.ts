/**
 * A `<title>` that prints the site's name first ("Fjord Post | Old ferry terminal to close") on a page naming
 * its outlet nowhere else: the page's own address tells the name apart from a section label, so the title is
 * the headline and the name the outlet. Page written for this test, served by a local HTTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageToDocument } from '../../../src/corpus/web/document.js';
import { splitTitle } from '../../../src/corpus/web/title.js';
import { fetchPage } from '../../../src/fetch/index.js';
import { fakeDns, policyFor, startServer, type TestServer } from '../../fetch/server.js';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Fjord Post | Old ferry terminal to close</title></head><body><article>
<p>The harbour authority said on Monday that it would close the old ferry terminal at the end of the summer, after surveyors found cracks in the pier’s concrete supports.</p>
<p>“We cannot ask passengers to queue on a structure we no longer trust,” said harbour master Søren Kjærgaard, adding that the café and ticket office would move to a temporary building.</p>
<p>Ferry operators said the change would add ten minutes to crossings from the islands, and that they had been told of the decision only on Friday afternoon.</p>
</article></body></html>`;

describe('a title with the site’s name first', () => {
  it('splits when the name is the address’s, not when it is a section label', () => {
    expect(splitTitle('Fjord Post | Old ferry terminal to close', null, 'www.fjordpost.example')).toEqual({
      headline: 'Old ferry terminal to close',
      site: 'Fjord Post',
    });
    expect(splitTitle('Opinion | Why the old ferry terminal must go', null, 'www.fjordpost.example').site).toBeNull();
    expect(splitTitle('Fjord Post | Old ferry terminal to close', null, null).site).toBeNull();
  });

  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    });
  });
  afterAll(() => server.close());

  it('an added page gets the headline as its title and the name as its outlet', async () => {
    const policy = policyFor(server, { lookup: fakeDns({ 'fjordpost.example': server.host }) });
    const fetched = await fetchPage(`http://fjordpost.example:${server.port}/ferry`, policy);
    if (!fetched.ok) throw new Error(fetched.message);
    const doc = pageToDocument('added/ferry', fetched.body, { contentType: fetched.contentType, url: fetched.url });
    if ('code' in doc) throw new Error(doc.code);
    expect(doc.meta.title).toBe('Old ferry terminal to close');
    expect(doc.meta.outlet).toBe('Fjord Post');
    expect(doc.meta.evidence.find((e) => e.field === 'outlet')?.detail).toMatch(/the site's name before the headline\)$/);
  });
});
