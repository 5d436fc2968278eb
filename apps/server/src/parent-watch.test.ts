import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parentGone, parentPid, watchParent } from './parent-watch.js';

describe('the parent watch (parent-watch.ts)', () => {
  it('reads CROSSBORDER_PARENT_PID, and refuses what is not a process id', () => {
    expect(parentPid(undefined)).toBeUndefined();
    expect(parentPid('')).toBeUndefined();
    expect(parentPid('4242')).toBe(4242);
    expect(() => parentPid('abc')).toThrow(/CROSSBORDER_PARENT_PID must be a process id/);
    expect(() => parentPid('1')).toThrow(/integer above 1/);
  });

  it('tells a live process from a gone one, and a process of another user is not gone', () => {
    expect(parentGone(process.pid)).toBe(false);
    const gone = Object.assign(new Error('no such process'), { code: 'ESRCH' });
    const foreign = Object.assign(new Error('not permitted'), { code: 'EPERM' });
    expect(
      parentGone(12345, () => {
        throw gone;
      }),
    ).toBe(true);
    expect(
      parentGone(12345, () => {
        throw foreign;
      }),
    ).toBe(false);
  });

  it('calls stop once the watched process has exited', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 100)']);
    const pid = child.pid ?? 0;
    let stopped = 0;
    watchParent(pid, () => stopped++, 20);
    await new Promise((resolve) => child.once('exit', resolve));
    for (let tries = 0; tries < 500 && stopped === 0; tries++) await new Promise((r) => setTimeout(r, 20));
    expect(stopped).toBe(1);
  });
});
