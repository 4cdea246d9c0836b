/** What a report shows, before it becomes HTML: the run and, per step, its frame. */

export interface ReportCheck {
  readonly key: string;
  readonly ok: boolean;
  readonly message: string;
}

/**
 * One moment of the run. Step 0 is the start (hosts booted); step N the world after the
 * scenario's N-th item (notes included), as `docknet state SRC@N` counts.
 */
export interface ReportStep {
  readonly index: number;
  /** `start`: step 0; `run`: a command; `note`: narration; `events`: an instant of an event log. */
  readonly kind: 'start' | 'run' | 'note' | 'events';
  /** The command, the note, or a summary of the events. */
  readonly text: string;
  readonly host?: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exit?: number;
  readonly checks: readonly ReportCheck[];
  /** The topology after the step, as SVG (already escaped). */
  readonly svg: string;
  /** The state diff the step caused, one line per change (`+`, `-`, `~`), empty if none. */
  readonly diff: string;
}

export interface ReportModel {
  readonly title: string;
  readonly description: string | undefined;
  readonly file: string;
  readonly engine: string;
  /** Whether every expectation held (always true for an event log). */
  readonly passed: boolean;
  readonly steps: readonly ReportStep[];
}
