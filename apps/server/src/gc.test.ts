import { describe, expect, it } from 'vitest';
import { gcRestartFlags } from './gc.js';

describe('gcRestartFlags', () => {
  it('collects on the main thread when the process has one core, or when asked to', () => {
    expect(gcRestartFlags('auto', { cores: 1, execArgv: [], ipc: false })).toEqual(['--single-threaded-gc']);
    expect(
      gcRestartFlags('single-threaded', { cores: 8, execArgv: ['--enable-source-maps'], ipc: false }),
    ).toEqual(['--single-threaded-gc']);
  });

  it('keeps the concurrent collector with two cores or more, or when asked to', () => {
    expect(gcRestartFlags('auto', { cores: 2, execArgv: [], ipc: false })).toBeNull();
    expect(gcRestartFlags('concurrent', { cores: 1, execArgv: [], ipc: false })).toBeNull();
  });

  it('does not restart a process that already has the flag (no restart loop)', () => {
    expect(gcRestartFlags('auto', { cores: 1, execArgv: ['--single-threaded-gc'], ipc: false })).toBeNull();
  });

  it('does not restart a process whose parent talks to it over IPC (the channel would be cut)', () => {
    expect(gcRestartFlags('single-threaded', { cores: 1, execArgv: [], ipc: true })).toBeNull();
  });
});
