import type { JsonPath } from './json-path.js';

/** The engine profiles a scenario may name (SPEC §2 "Engine profiles"). */
export type EngineProfileName = '20.10' | '27' | '28' | '29';

/** Every engine profile, oldest first. */
export const ENGINE_PROFILES: readonly EngineProfileName[] = ['20.10', '27', '28', '29'];

/** The profile of a scenario that names none. */
export const DEFAULT_ENGINE: EngineProfileName = '28';

/** The start of the logical clock of a scenario that gives none. */
export const DEFAULT_CLOCK = '2020-01-01T00:00:00Z';

/** The host of a scenario that declares none. */
export const DEFAULT_HOST_NAME = 'docker-host';

/**
 * The flavours of networking tools an image can ship, which decide what `docker exec
 * CTR ifconfig` / `ip a` print: `busybox` (BusyBox applets), `net-tools-old` (ifconfig's
 * pre-2.10 layout), `net-tools` (the newer layout), `iproute2` (`ip` only), `minimal`
 * (none of them; Docker's "executable file not found").
 */
export type ImageTools = 'busybox' | 'net-tools-old' | 'net-tools' | 'iproute2' | 'minimal';

/** All {@link ImageTools} values, for validation and messages. */
export const IMAGE_TOOLS: readonly ImageTools[] = ['busybox', 'net-tools-old', 'net-tools', 'iproute2', 'minimal'];

/** One physical interface of a host, besides `lo` and `docker0`. */
export interface InterfaceSpec {
  readonly name: string;
  /** Address and prefix, `192.168.100.9/24`. */
  readonly ipv4?: string;
  /** Lower-case `b0:5c:da:ad:d1:25`. */
  readonly mac?: string;
}

/** A simulated Docker host. */
export interface HostSpec {
  readonly name: string;
  readonly interfaces: readonly InterfaceSpec[];
}

/**
 * What a scenario says about an image beyond the built-in catalogue. Every key is
 * optional; absent keys take the runner's defaults.
 */
export interface ImageSpec {
  /** Exposed ports as `PORT/PROTO` (a bare `8080` is normalised to `8080/tcp`). */
  readonly expose?: readonly string[];
  readonly tools?: ImageTools;
  /** The default command, as argv words (a string is split as a shell would). */
  readonly cmd?: readonly string[];
  /** `KEY=value` environment entries. */
  readonly env?: readonly string[];
}

/** A JavaScript regular expression given as `stdout_matches`. */
export interface RegexExpectation {
  readonly source: string;
  readonly flags: string;
}

/** One `json:` entry: a path into stdout's JSON and the value it must equal. */
export interface JsonExpectation {
  /** The path as written in the scenario. */
  readonly path: string;
  readonly segments: JsonPath;
  /** The expected value, as YAML gave it (strings stay strings, numbers numbers). */
  readonly expected: unknown;
}

/** A step's expectations (SPEC §2); `exit` is always checked (default 0). */
export interface Expectations {
  readonly exit: number;
  readonly stdout?: string;
  readonly stdoutContains?: readonly string[];
  readonly stdoutMatches?: RegexExpectation;
  readonly stderr?: string;
  readonly stderrContains?: readonly string[];
  readonly json?: readonly JsonExpectation[];
}

/** Where a step starts in its file (1-based). */
export interface StepPosition {
  readonly line: number;
  readonly column: number;
}

/** A step that runs a command line. */
export interface RunStep extends StepPosition {
  readonly kind: 'run';
  readonly run: string;
  /** The host that runs it; absent = the first host. */
  readonly on?: string;
  readonly expect: Expectations;
}

/** A step that only narrates. */
export interface NoteStep extends StepPosition {
  readonly kind: 'note';
  readonly note: string;
}

/** One item of `steps:`. */
export type Step = RunStep | NoteStep;

/** A validated scenario file, defaults applied (SPEC §2). */
export interface Scenario {
  /** The file name errors and transcripts use. */
  readonly file: string;
  readonly version: 1;
  readonly name: string;
  readonly description: string | undefined;
  readonly engine: EngineProfileName;
  readonly seed: number;
  /** ISO-8601 with offset. */
  readonly clock: string;
  /** At least one host; the first is the default for steps. */
  readonly hosts: readonly HostSpec[];
  /** Keyed by image reference as written (`myapp:1.0`). */
  readonly images: Readonly<Record<string, ImageSpec>>;
  readonly steps: readonly Step[];
}
