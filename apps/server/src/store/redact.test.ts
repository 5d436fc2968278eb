import { describe, expect, it } from 'vitest';
import { redact } from './postgres.js';

describe('a PostgreSQL address in a message', () => {
  it('keeps everything but the password', () => {
    expect(redact('postgres://cb:s3cr3t@db.example.org:5432/crossborder')).toBe(
      'postgres://cb:***@db.example.org:5432/crossborder',
    );
    expect(redact('postgres://postgres@/crossborder?host=%2Ftmp%2Fpg')).toBe(
      'postgres://postgres@/crossborder?host=%2Ftmp%2Fpg',
    );
  });
});
