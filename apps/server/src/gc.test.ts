import { describe, expect, it } from 'vitest';
import { gcRestartFlags } from './gc.js';

describe('gcRestartFlags', () => {
  it('collects on the main thread when the process has one core, or when asked to', () => {
    expect(gcRestartFlags('auto', 1, [])).toEqual(['--single-threaded-gc']);
    expect(gcRestartFlags('single-threaded', 8, ['--enable-source-maps'])).toEqual(['--single-threaded-gc']);
  });

  it('keeps the concurrent collector with two cores or more, or when asked to', () => {
    expect(gcRestartFlags('auto', 2, [])).toBeNull();
    expect(gcRestartFlags('concurrent', 1, [])).toBeNull();
  });

  it('does not restart a process that already has the flag (no restart loop)', () => {
    expect(gcRestartFlags('auto', 1, ['--single-threaded-gc'])).toBeNull();
  });
});
