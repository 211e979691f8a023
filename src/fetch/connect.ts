/**
 * The address check where it cannot be dodged. A host name is resolved once by a lookup that drops every
 * refused address and hands the socket only the ones that passed, so the socket connects to exactly an
 * address that was checked (a DNS answer that changes between check and use — rebinding — has nothing to
 * change). Each socket is checked again on `connect`, against the address it actually reached, before any
 * byte of the request is written.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { type LookupFunction, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { checkAddress } from './address.js';
import { displayHost, FetchRefusal } from './errors.js';
import type { AddressAllowance } from './target.js';

/** Refusal worded for a name that only resolves to refused addresses; the addresses themselves stay private. */
function nameRefusal(hostname: string, reason: string): FetchRefusal {
  return new FetchRefusal('private_address', `${displayHost(hostname)} resolves to ${reason}, which the bot does not fetch.`);
}

/**
 * A lookup for one hop: resolves with `base` (all addresses), keeps those allowed on `port`, and answers in
 * the form net asked for (one address, or all of them when it tries several).
 */
export function guardedLookup(base: LookupFunction | undefined, port: number, allowance: AddressAllowance): LookupFunction {
  const resolve: LookupFunction = base ?? (dnsLookup as LookupFunction);
  return (hostname, options, callback) => {
    let answered = false;
    const answer: Parameters<LookupFunction>[2] = (err, found, family) => {
      answered = true;
      if (err) return callback(err, '');
      const all: LookupAddress[] = Array.isArray(found) ? found : [{ address: found, family: family ?? 0 }];
      let firstReason = 'no address';
      const allowed = all.filter(({ address }) => {
        if (allowance(address, port)) return true;
        const verdict = checkAddress(address);
        if (!verdict.ok && firstReason === 'no address') firstReason = verdict.reason;
        return verdict.ok;
      });
      const first = allowed[0];
      if (!first) return callback(nameRefusal(hostname, firstReason), '');
      if (options.all) return callback(null, allowed);
      callback(null, first.address, first.family);
    };
    try {
      resolve(hostname, { ...options, all: true }, answer);
    } catch (err) {
      if (!answered) callback(err as NodeJS.ErrnoException, '');
    }
  };
}

/** Checks a socket's remote address once it connects, destroying it with a refusal before the request is sent. */
function watchConnect(socket: Socket, allowance: AddressAllowance): void {
  socket.once('connect', () => {
    const ip = socket.remoteAddress ?? '';
    const port = socket.remotePort ?? 0;
    if (allowance(ip, port)) return;
    const verdict = checkAddress(ip);
    if (!verdict.ok)
      socket.destroy(new FetchRefusal('private_address', `The link leads to ${verdict.reason}, which the bot does not fetch.`));
  });
}

/**
 * A one-request agent (no keep-alive, nothing shared between fetches) whose sockets are watched from the
 * moment they are created, so the connect check runs before the request's own write.
 */
export function guardedAgent(protocol: string, allowance: AddressAllowance): http.Agent {
  const agent = protocol === 'https:' ? new https.Agent({ keepAlive: false }) : new http.Agent({ keepAlive: false });
  const create = agent.createConnection.bind(agent);
  agent.createConnection = (options, callback): Duplex | null | undefined => {
    const socket = create(options, callback);
    if (socket instanceof Socket) watchConnect(socket, allowance);
    return socket;
  };
  return agent;
}
