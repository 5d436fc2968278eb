import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Join codes avoid letters and digits that read alike on a projector (0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function joinCode(taken: (code: string) => boolean): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
    if (!taken(code)) return code;
  }
}

/** A seat token: 128 random bits. Only its hash is stored. */
export function seatToken(): string {
  return randomBytes(16).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares secrets in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Which instructor key a token was issued under, without storing the key: a one-way digest.
 * When the key changes, instructor tokens of the old key no longer match and stop working.
 */
export function keyEpoch(instructorKey: string): string {
  return createHash('sha256')
    .update(`crossborder instructor key\u0000${instructorKey}`)
    .digest('hex')
    .slice(0, 32);
}
