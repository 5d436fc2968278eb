/** Where a command writes: standard output and error by default, captured in tests. */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Where the user typed the command: npm runs scripts from the repository root but keeps INIT_CWD. */
export const userDirectory = (): string => process.env.INIT_CWD ?? process.cwd();

export function plural(count: number, word: string): string {
  if (count === 1) return `${count} ${word}`;
  return `${count} ${word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;
}

/** Game minutes as `day 3, 14:30` (days counted from the scenario's start). */
export function gameTime(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  const hh = String(Math.floor(rest / 60)).padStart(2, '0');
  const mm = String(rest % 60).padStart(2, '0');
  return `day ${day}, ${hh}:${mm}`;
}
