import { describe, expect, it } from 'vitest';
import { decodeHtml, headerCharset, metaCharset } from '../../../src/corpus/web/charset.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { encodeLegacy } from './encode.js';
import { CHINESE, FRENCH, JAPANESE, KOREAN, RUSSIAN, type TestArticle } from './pages/articles.js';

/** KOI8-R has no guillemets nor dashes: the same article with straight quotes and hyphens. */
const RUSSIAN_PLAIN: TestArticle = { ...RUSSIAN, paragraphs: RUSSIAN.paragraphs.map((p) => p.replace(/[«»]/g, '"').replace(/—/g, '-')) };

const page = (a: TestArticle, head = ''): string =>
  `<!DOCTYPE html><html><head>${head}<title>${a.headline}</title></head><body><article><h1>${a.headline}</h1>${a.paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

describe('decodeHtml', () => {
  it.each([
    ['windows-1251', RUSSIAN],
    ['koi8-r', RUSSIAN_PLAIN],
    ['shift_jis', JAPANESE],
    ['euc-jp', JAPANESE],
    ['gb18030', CHINESE],
    ['big5', { headline: '港口小鎮新圖書館開放', paragraphs: ['星期六，港口小鎮中心的新公共圖書館正式開放。'] }],
    ['euc-kr', KOREAN],
    ['iso-8859-1', FRENCH],
    ['windows-1252', FRENCH],
  ])('reads %s named in the HTTP header', (charset, article) => {
    const html = page(article);
    const decoded = decodeHtml(encodeLegacy(html, charset), `text/html; charset=${charset.toUpperCase()}`);
    expect(decoded.text).toBe(html);
    // WHATWG maps iso-8859-1 to its superset windows-1252.
    expect(decoded.charset).toBe(charset === 'iso-8859-1' ? 'windows-1252' : charset);
  });

  it.each([
    ['<meta charset="windows-1251">', 'windows-1251'],
    ['<meta charset=koi8-r>', 'koi8-r'],
    ['<meta charset="Shift_JIS">', 'shift_jis'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', 'windows-1251'],
  ])('reads the charset of %s when the header names none', (meta, charset) => {
    const html = page(charset === 'shift_jis' ? JAPANESE : RUSSIAN_PLAIN, meta);
    const decoded = decodeHtml(encodeLegacy(html, charset), 'text/html');
    expect(decoded).toEqual({ text: html, charset });
  });

  it('lets the header win over the page, and a byte-order mark win over both', () => {
    const html = page(RUSSIAN, '<meta charset="utf-8">');
    expect(decodeHtml(encodeLegacy(html, 'windows-1251'), 'text/html; charset=windows-1251').text).toBe(html);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]);
    expect(decodeHtml(withBom, 'text/html; charset=windows-1251')).toEqual({ text: html, charset: 'utf-8' });
  });

  it('reads the curly quotes and dashes of windows-1252', () => {
    expect(decodeHtml(Uint8Array.of(0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80), 'text/html; charset=windows-1252').text).toBe('“A” – €');
  });

  it('reads UTF-8 by default and falls back to windows-1252 for bytes that are not UTF-8', () => {
    const html = page(FRENCH);
    expect(decodeHtml(new TextEncoder().encode(html))).toEqual({ text: html, charset: 'utf-8' });
    expect(decodeHtml(encodeLegacy(html, 'windows-1252'))).toEqual({ text: html, charset: 'windows-1252' });
  });

  it('skips an unknown label and treats a UTF-16 declaration in ASCII markup as UTF-8', () => {
    const html = page(FRENCH, '<meta charset="utf-16">');
    expect(decodeHtml(new TextEncoder().encode(html), 'text/html; charset=no-such-charset')).toEqual({ text: html, charset: 'utf-8' });
    expect(metaCharset(new TextEncoder().encode('<meta charset="UTF-16LE">'))).toBe('utf-8');
    expect(headerCharset('text/html;charset="Shift_JIS"')).toBe('Shift_JIS');
    expect(headerCharset('text/html')).toBeNull();
  });

  it('extracts the article of a non-UTF-8 page', () => {
    const bytes = encodeLegacy(page(RUSSIAN, '<meta charset="windows-1251">'), 'windows-1251');
    const result = extractArticle(decodeHtml(bytes).text);
    if (!result.ok) throw new Error(result.reason);
    expect(result.title).toBe(RUSSIAN.headline);
    expect(result.text).toBe(RUSSIAN.paragraphs.join('\n\n'));
  });
});

describe('decodeHtml when the declared charset is wrong', () => {
  const html = page(FRENCH, '<meta charset="utf-8">');
  const utf8 = new TextEncoder().encode(html);
  const legacy = encodeLegacy(page(FRENCH, '<meta charset="windows-1252">'), 'windows-1252');

  it.each(['iso-8859-1', 'windows-1252', 'windows-1251', 'shift_jis'])(
    'reads UTF-8 bytes as UTF-8 under a header that says %s (a server default the page never used)',
    (charset) => {
      expect(decodeHtml(utf8, `text/html; charset=${charset}`)).toEqual({ text: html, charset: 'utf-8' });
    },
  );

  it('reads UTF-8 bytes as UTF-8 under a meta tag that says iso-8859-1', () => {
    const mislabelled = page(FRENCH, '<meta charset="iso-8859-1">');
    expect(decodeHtml(new TextEncoder().encode(mislabelled), 'text/html').text).toBe(mislabelled);
  });

  it('reads windows-1252 bytes under a header that says UTF-8: by the meta tag, else as windows-1252', () => {
    expect(decodeHtml(legacy, 'text/html; charset=utf-8')).toEqual({
      text: page(FRENCH, '<meta charset="windows-1252">'),
      charset: 'windows-1252',
    });
    const bare = page(FRENCH);
    expect(decodeHtml(encodeLegacy(bare, 'windows-1252'), 'text/html; charset=UTF-8')).toEqual({ text: bare, charset: 'windows-1252' });
    const russian = page(RUSSIAN, '<meta charset="windows-1251">');
    expect(decodeHtml(encodeLegacy(russian, 'windows-1251'), 'text/html; charset=utf-8').text).toBe(russian);
  });

  it('keeps a UTF-8 page with one stray byte as UTF-8 rather than garbling all of it', () => {
    const bytes = new Uint8Array([...utf8.subarray(0, utf8.length - 20), 0xe9, ...utf8.subarray(utf8.length - 20)]);
    const decoded = decodeHtml(bytes, null);
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toContain(FRENCH.paragraphs[0]);
  });

  it('still reads ASCII-only bytes in the declared encoding', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>plain</p>'), 'text/html; charset=windows-1251').charset).toBe('windows-1251');
  });
});
