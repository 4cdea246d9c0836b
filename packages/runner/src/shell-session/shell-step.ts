/**
 * One command the shell ran, as kept beside the event log (`<log>.steps.jsonl`): enough to
 * undo it (the seqs it spans), to save the session as a scenario (the line, what it printed)
 * and to recall it in the prompt's history.
 */
import * as t from 'io-ts';

export const ShellStepC = t.type({
  run: t.string,
  host: t.string,
  exit: t.number,
  stdout: t.string,
  stderr: t.string,
  /** The log's last seq before the step; undo truncates the log back to it. */
  fromSeq: t.number,
  /** The log's last seq after the step (equal to fromSeq for a command that changed nothing). */
  lastSeq: t.number,
});

export type ShellStep = t.TypeOf<typeof ShellStepC>;

/** The steps file that goes with an event log: `events.jsonl` → `events.steps.jsonl`. */
export const stepsPathFor = (logPath: string): string => `${logPath.replace(/\.jsonl$/, '')}.steps.jsonl`;
