/**
 * The `--path` of a failure: fast-check's counterexample path (which shrink at each level)
 * and, for model-based runs, its replay path (which generated commands actually ran, which
 * shrinking depends on), joined by `@`: `4:0:2@ABC:D`. Neither alphabet contains `@`.
 */

export interface CheckPath {
  readonly counterexample: string;
  readonly replay: string | undefined;
}

export const formatCheckPath = (p: CheckPath): string => (p.replay === undefined ? p.counterexample : `${p.counterexample}@${p.replay}`);

export const parseCheckPath = (text: string): CheckPath | undefined => {
  const [counterexample = '', replay, ...rest] = text.split('@');
  if (rest.length > 0 || !/^\d+(:\d+)*$/.test(counterexample)) return undefined;
  if (replay !== undefined && !/^[A-Za-z0-9+/]*:[A-Za-z0-9+/]*$/.test(replay)) return undefined;
  return { counterexample, replay };
};

/** The replay path fast-check appends to a command sequence's description (`/*replayPath="…"*\/`). */
export const replayPathOf = (commands: unknown): string | undefined => /replayPath="([^"]*)"/.exec(String(commands))?.[1];
