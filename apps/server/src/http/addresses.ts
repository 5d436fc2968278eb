/**
 * The addresses the room is told to open: the public addresses the server was given (behind a
 * proxy, the only ones that work), else the addresses it actually listens on. A server bound to
 * every interface is reached on each LAN address; one bound to a single address only on that
 * one (bound to 127.0.0.1, only this machine can reach it, and no LAN address is offered).
 */
const WILDCARD = new Set(['0.0.0.0', '::', '']);

const bracket = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

export function roomAddresses(
  host: string,
  port: number,
  publicUrls: readonly string[],
  lan: readonly string[],
): string[] {
  if (publicUrls.length > 0) return publicUrls.map((url) => new URL(url).href);
  const hosts = WILDCARD.has(host) ? [...lan, 'localhost'] : [host];
  return hosts.map((each) => new URL(`http://${bracket(each)}:${port}/`).href);
}
