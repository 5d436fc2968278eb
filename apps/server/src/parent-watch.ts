/**
 * Stops the server when a given process is gone. Test harnesses (the browser tests' server, the
 * crash and GC tests) set CROSSBORDER_PARENT_PID to their own process id, so that a run killed
 * midway, however it is killed, never leaves a server holding a port. Signal 0 only asks whether
 * the process exists.
 */
export function parentGone(pid: number, probe: (pid: number) => void = (id) => process.kill(id, 0)): boolean {
  try {
    probe(pid);
    return false;
  } catch (cause) {
    // EPERM: it exists but belongs to someone else; only ESRCH says it is gone.
    return (cause as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Parses CROSSBORDER_PARENT_PID; undefined when unset, an error message when it is not a process id. */
export function parentPid(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const pid = Number(text);
  if (!Number.isInteger(pid) || pid <= 1)
    throw new Error(`CROSSBORDER_PARENT_PID must be a process id (an integer above 1), got "${text}"`);
  return pid;
}

/** Calls `stop` once the process `pid` is gone; checks every `everyMs`. The timer never keeps Node alive. */
export function watchParent(pid: number, stop: () => void, everyMs = 1_000): () => void {
  const timer = setInterval(() => {
    if (!parentGone(pid)) return;
    clearInterval(timer);
    stop();
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
