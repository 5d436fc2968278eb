import { describe, expect, it } from 'vitest';
import { gcFlags, gcModeOf } from './gc.js';

describe('gcFlags', () => {
  it('collects on the main thread when the machine has one core, or when asked to', () => {
    expect(gcFlags('auto', { cores: 1, execArgv: [] })).toEqual(['--single-threaded-gc']);
    expect(gcFlags('single-threaded', { cores: 8, execArgv: ['--enable-source-maps'] })).toEqual([
      '--single-threaded-gc',
    ]);
  });

  it('keeps the concurrent collector with two cores or more, or when asked to', () => {
    expect(gcFlags('auto', { cores: 2, execArgv: [] })).toEqual([]);
    expect(gcFlags('concurrent', { cores: 1, execArgv: [] })).toEqual([]);
  });

  it('asks for nothing Node was already started with', () => {
    expect(gcFlags('auto', { cores: 1, execArgv: ['--single-threaded-gc'] })).toEqual([]);
  });
});

describe('gcModeOf', () => {
  it('reads --gc, --gc=, then CROSSBORDER_GC, then auto', () => {
    expect(gcModeOf(['--port', '3000', '--gc', 'concurrent'], {})).toBe('concurrent');
    expect(gcModeOf(['--gc=single-threaded'], { CROSSBORDER_GC: 'concurrent' })).toBe('single-threaded');
    expect(gcModeOf([], { CROSSBORDER_GC: 'concurrent' })).toBe('concurrent');
    expect(gcModeOf([], {})).toBe('auto');
  });

  it('refuses an unknown mode, naming the allowed ones', () => {
    expect(() => gcModeOf(['--gc', 'fast'], {})).toThrow(
      '--gc / CROSSBORDER_GC must be one of auto, concurrent, single-threaded, got "fast"',
    );
  });
});
