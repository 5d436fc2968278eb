import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download.js';

describe('the name a download is saved under', () => {
  it('is the one the server gave in Content-Disposition', () => {
    expect(fileNameOf('attachment; filename="crossborder-K7PQ2M-veltria.html"')).toBe(
      'crossborder-K7PQ2M-veltria.html',
    );
  });

  it('is none when the server gave none', () => {
    expect(fileNameOf(null)).toBeNull();
    expect(fileNameOf('inline')).toBeNull();
  });
});
