import type { NextFunction, Request, Response } from 'express';

/**
 * Security headers for every response. The client is served from the same origin and loads
 * nothing from elsewhere (it must work offline), so the policy can be strict.
 */
export function securityHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  );
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  response.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  next();
}

/**
 * The origins a browser may open a socket from: this server's own addresses (every name and
 * address of this machine, on the port it listens on, over http) and the public addresses it was
 * given. Scheme, host and port are compared, never taken from the request's own Host header: a
 * page on another name that resolves here (DNS rebinding) is another origin, and is refused.
 */
export function allowedOrigins(
  port: number,
  hosts: readonly string[],
  publicUrls: readonly string[],
): Set<string> {
  const own = hosts.map((host) => {
    const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
    return new URL(`http://${bracketed}:${port}`).origin;
  });
  return new Set([...own, ...publicUrls.map((url) => new URL(url).origin)]);
}

/**
 * Whether a socket may open from `origin`. Clients without an Origin header (tests, bots in
 * other languages) are not browsers, and no page can make them act for someone else: allowed.
 */
export function originAllowed(origin: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (origin === undefined) return true;
  try {
    return allowed.has(new URL(origin).origin);
  } catch {
    return false;
  }
}
