/**
 * Links refused before any connection: schemes, credentials, malformed URLs and literal addresses in every
 * spelling the URL parser accepts.
 */
import { describe, expect, it } from 'vitest';
import { type FetchPolicy, fetchPage } from '../../src/fetch/index.js';

const strict: FetchPolicy = { allowPrivate: false, maxBytes: 1024 * 1024, timeoutMs: 1_000 };

async function refusal(url: string, policy: FetchPolicy = strict) {
  const result = await fetchPage(url, policy);
  if (result.ok) throw new Error(`${url} was fetched`);
  return result;
}

describe('fetchPage refuses links before connecting', () => {
  it.each([
    ['file:///etc/passwd', '"file:"'],
    ['data:text/html,<p>hi</p>', '"data:"'],
    ['ftp://news.example/story.txt', '"ftp:"'],
    ['gopher://news.example:70/_GET', '"gopher:"'],
    ['javascript:alert(1)', '"javascript:"'],
    ['ws://news.example/socket', '"ws:"'],
  ])('refuses the scheme of %s', async (url, named) => {
    const result = await refusal(url);
    expect(result.code).toBe('scheme');
    expect(result.message).toContain(named);
    expect(result.message).toContain('only http and https');
  });

  it.each(['not a link', 'http://', 'https://exa mple.com/', 'http://1.2.3.4.5/', ''])('refuses the malformed link %j', async (url) => {
    expect((await refusal(url)).code).toBe('bad_url');
  });

  it('refuses an over-long link', async () => {
    expect((await refusal(`https://news.example/${'a'.repeat(9000)}`)).code).toBe('bad_url');
  });

  it('refuses credentials in the link without repeating them', async () => {
    const result = await refusal('https://editor:hunter2@news.example/story');
    expect(result.code).toBe('bad_url');
    expect(result.message).toMatch(/user name or password/);
    expect(`${result.message} ${result.url}`).not.toContain('hunter2');
    expect(result.url).toBe('https://news.example/story');
  });

  it.each([
    ['http://2130706433/', /loopback/],
    ['http://0x7f.1/', /loopback/],
    ['http://0177.0.0.1/', /loopback/],
    ['http://127.1/', /loopback/],
    ['http://127.0.0.1./', /loopback/],
    ['http://0x7f000001/', /loopback/],
    ['http://017700000001/', /loopback/],
    ['http://①②⑦.0.0.1/', /loopback/],
    ['http://０x7f.1/', /loopback/],
    ['http://[0:0:0:0:0:ffff:127.0.0.1]/', /IPv4-mapped form of a loopback/],
    ['http://[::ffff:0:127.0.0.1]/', /IPv4-translated form of a loopback/],
    ['http://[::ffff:127.0.0.1]/', /IPv4-mapped form of a loopback/],
    ['http://[::127.0.0.1]/', /outside the public IPv6 space/],
    ['http://[::1]:8080/', /loopback/],
    ['http://[::]/', /unspecified/],
    ['http://0/', /unspecified/],
    ['http://0.0.0.0:3000/', /unspecified/],
    ['http://169.254.169.254/latest/meta-data/', /link-local/],
    ['http://[fe80::1]/', /link-local/],
    ['http://[fd00::1]/', /unique local/],
    ['http://10.0.0.5/', /private/],
    ['http://192.168.1.1/admin', /private/],
    ['http://172.20.0.1/', /private/],
    ['http://100.64.0.1/', /carrier-grade NAT/],
    ['http://224.0.0.1/', /multicast/],
    ['http://255.255.255.255/', /broadcast/],
    ['http://[64:ff9b::a00:5]/', /NAT64 form of a private/],
    ['http://[2002:7f00:1::1]/', /6to4 form of a loopback/],
  ])('refuses the literal address in %s', async (url, reason) => {
    const result = await refusal(url);
    expect(result.code).toBe('private_address');
    expect(result.message).toMatch(reason);
  });

  it('lifts only the address check with allowPrivate: the scheme check stays', async () => {
    expect((await refusal('file:///etc/passwd', { ...strict, allowPrivate: true })).code).toBe('scheme');
  });

  it('refuses a misconfigured policy instead of throwing', async () => {
    const result = await refusal('https://news.example/', { ...strict, maxBytes: -1 });
    expect(result.message).toMatch(/maxBytes/);
  });

  it('answers a cancelled fetch with code aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await fetchPage('https://news.example/', { ...strict, lookup: () => {} }, controller.signal);
    expect(result).toMatchObject({ ok: false, code: 'aborted' });
  });
});
