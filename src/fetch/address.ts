/**
 * Which IP addresses the bot may connect to: public unicast only. Range data comes from ipaddr.js; this file
 * only decides which of its named ranges are refused and unwraps IPv6 forms that carry an IPv4 address.
 */
import ipaddr from 'ipaddr.js';

/** The verdict on one address; `reason` completes "The link leads to …". */
export type AddressVerdict = { ok: true } | { ok: false; reason: string };

const IPV4_REASONS: Record<string, string> = {
  unspecified: 'an unspecified address (0.0.0.0/8)',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address (such as a cloud metadata service)',
  loopback: 'a loopback address (this machine)',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10)',
  private: 'a private network address',
};

const IPV6_REASONS: Record<string, string> = {
  unspecified: 'an unspecified address (::)',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address (this machine)',
  uniqueLocal: 'a private network address (IPv6 unique local)',
  deprecatedSiteLocal: 'a site-local address',
  teredo: 'a Teredo tunnel address',
};

/** 2000::/3, the only IPv6 space handed out for public unicast. */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');
/** 64:ff9b::/96, the well-known NAT64 prefix: the last 32 bits are an IPv4 address. */
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR('64:ff9b::/96');

function ipv4FromParts(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

function checkIPv4(address: ipaddr.IPv4): AddressVerdict {
  const range = address.range();
  if (range === 'unicast') return { ok: true };
  return { ok: false, reason: IPV4_REASONS[range] ?? `a reserved address (${range})` };
}

/** The IPv4 address an IPv6 form stands for (mapped, translated, NAT64, 6to4), if it is one of those. */
function embeddedIPv4(address: ipaddr.IPv6): { form: string; ipv4: ipaddr.IPv4 } | null {
  const range = address.range();
  const p = address.parts as [number, number, number, number, number, number, number, number];
  if (range === 'ipv4Mapped') return { form: 'an IPv4-mapped form of', ipv4: address.toIPv4Address() };
  if (range === 'rfc6145') return { form: 'an IPv4-translated form of', ipv4: ipv4FromParts(p[6], p[7]) };
  if (address.match(NAT64_WELL_KNOWN)) return { form: 'a NAT64 form of', ipv4: ipv4FromParts(p[6], p[7]) };
  if (range === '6to4') return { form: 'a 6to4 form of', ipv4: ipv4FromParts(p[1], p[2]) };
  return null;
}

function checkIPv6(address: ipaddr.IPv6): AddressVerdict {
  const embedded = embeddedIPv4(address);
  if (embedded) {
    const inner = checkIPv4(embedded.ipv4);
    return inner.ok ? inner : { ok: false, reason: `${embedded.form} ${inner.reason}` };
  }
  const range = address.range();
  const known = IPV6_REASONS[range];
  if (known) return { ok: false, reason: known };
  if (range !== 'unicast') return { ok: false, reason: `a reserved address (${range})` };
  // ipaddr.js calls everything it has no name for "unicast", including unassigned space such as ::/8
  // (deprecated IPv4-compatible addresses) and 4000::/2; only 2000::/3 is public.
  if (!address.match(GLOBAL_UNICAST_V6)) return { ok: false, reason: 'an address outside the public IPv6 space' };
  return { ok: true };
}

/**
 * Whether the bot may connect to `ip` (IPv4 or IPv6, brackets and zone ids accepted): only public unicast
 * addresses pass. IPv6 forms that embed an IPv4 address are judged by that address.
 *
 * @example checkAddress('169.254.169.254') // → { ok: false, reason: 'a link-local address (such as a cloud metadata service)' }
 */
export function checkAddress(ip: string): AddressVerdict {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (!ipaddr.isValid(bare)) return { ok: false, reason: 'something that is not an IP address' };
  const address = ipaddr.parse(bare);
  return address.kind() === 'ipv4' ? checkIPv4(address as ipaddr.IPv4) : checkIPv6(address as ipaddr.IPv6);
}
