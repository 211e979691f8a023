import { describe, expect, it } from 'vitest';
import { checkAddress } from '../../src/fetch/index.js';

const REFUSED: [string, RegExp][] = [
  ['127.0.0.1', /loopback/],
  ['127.255.255.254', /loopback/],
  ['10.0.0.5', /private/],
  ['172.16.0.1', /private/],
  ['172.31.255.255', /private/],
  ['192.168.1.1', /private/],
  ['100.64.0.1', /carrier-grade NAT/],
  ['100.127.255.255', /carrier-grade NAT/],
  ['169.254.169.254', /link-local/],
  ['224.0.0.1', /multicast/],
  ['239.255.255.250', /multicast/],
  ['0.0.0.0', /unspecified/],
  ['0.1.2.3', /unspecified/],
  ['255.255.255.255', /broadcast/],
  ['240.0.0.1', /reserved/],
  ['192.0.2.10', /reserved/],
  ['198.18.0.1', /reserved/],
  ['::1', /loopback/],
  ['::', /unspecified/],
  ['fc00::1', /unique local/],
  ['fd12:3456:789a::1', /unique local/],
  ['fe80::1', /link-local/],
  ['fe80::1%eth0', /link-local/],
  ['[fe80::1]', /link-local/],
  ['ff02::1', /multicast/],
  ['fec0::1', /site-local/],
  ['::ffff:127.0.0.1', /IPv4-mapped form of a loopback/],
  ['::ffff:7f00:1', /IPv4-mapped form of a loopback/],
  ['::ffff:169.254.169.254', /IPv4-mapped form of a link-local/],
  ['::ffff:10.1.2.3', /IPv4-mapped form of a private/],
  ['::ffff:0:a00:5', /IPv4-translated form of a private/],
  ['64:ff9b::a00:5', /NAT64 form of a private/],
  ['64:ff9b::127.0.0.1', /NAT64 form of a loopback/],
  ['64:ff9b:1::1', /reserved/],
  ['2002:7f00:1::1', /6to4 form of a loopback/],
  ['2002:c0a8:101::1', /6to4 form of a private/],
  ['::7f00:1', /outside the public IPv6 space/],
  ['::127.0.0.1', /loopback/],
  ['2001:db8::1', /reserved/],
  ['2001::1', /Teredo/],
  ['100::1', /reserved/],
  ['not-an-ip', /not an IP address/],
  ['', /not an IP address/],
];

const ALLOWED = [
  '93.184.216.34',
  '8.8.8.8',
  '1.1.1.1',
  '172.32.0.1',
  '100.128.0.1',
  '2606:4700::1111',
  '2a00:1450:4001::1',
  '::ffff:8.8.8.8',
  '64:ff9b::808:808',
  '2002:808:808::1',
];

describe('checkAddress', () => {
  it.each(REFUSED)('refuses %s', (ip, reason) => {
    const verdict = checkAddress(ip);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(reason);
  });

  it.each(ALLOWED)('allows the public address %s', (ip) => {
    expect(checkAddress(ip)).toEqual({ ok: true });
  });
});
