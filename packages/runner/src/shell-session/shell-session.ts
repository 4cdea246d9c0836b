/**
 * The state behind `docknet shell`: a simulated engine kept in step with an event log on
 * disk. Each command's events are appended with the expected last seq (so two writers
 * never interleave silently), and a steps file beside the log remembers which commands
 * produced which events, for `:undo`, `:save` and the prompt's history.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import {
  appendEvents,
  DEFAULT_PROFILE,
  EVENT_LOG_KIND,
  EVENT_LOG_VERSION,
  EventBodyC,
  formatLogError,
  makeEngine,
  NS_PER_SECOND,
  parseInstant,
  profileFor,
  readableErrors,
  readEventLog,
  stateToJsonText,
  withLockFile,
  writeFileAtomic,
  type EngineState,
  type EventBody,
  type EventEnvelope,
  type LoggedEvent,
  type EventLogHeader,
  type ProfileId,
} from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';
import { BUILTIN_IMAGES } from '../images/catalog.js';
import { DEFAULT_HOST } from '../replay/replay-scenario.js';
import { runLine } from '../replay/run-line.js';
import { DEFAULT_CLOCK, DEFAULT_HOST_NAME } from '../scenario/index.js';
import { Session } from '../session/session.js';
import type { CliResult } from '../docker/cli-result.js';
import { sessionScenarioYaml } from './session-scenario.js';
import { ShellStepC, stepsPathFor, type ShellStep } from './shell-step.js';

export interface ShellOptions {
  /** The event log (created with a booted default host if missing). */
  readonly logPath: string;
  /** Engine profile and seed for a new log; an existing log keeps its own. */
  readonly engine?: ProfileId;
  readonly seed?: number;
}

const errorCode = (e: unknown): string | undefined => (typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined);

const readOptional = async (path: string): Promise<string | undefined> => {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return undefined;
    throw e;
  }
};

const toEnvelopes = (events: readonly LoggedEvent<EventBody>[]): EventEnvelope[] =>
  events.map((e) => ({ seq: e.seq, at: e.at, host: e.host, ...e.event }));

const parseSteps = (text: string | undefined, path: string): E.Either<string, ShellStep[]> => {
  const steps: ShellStep[] = [];
  for (const [i, line] of (text ?? '').split('\n').entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line) as unknown;
    } catch {
      return E.left(`${path}:${i + 1}: not JSON`);
    }
    const decoded = ShellStepC.decode(value);
    if (E.isLeft(decoded)) return E.left(`${path}:${i + 1}: ${readableErrors(decoded.left)}`);
    steps.push(decoded.right);
  }
  return E.right(steps);
};

/** A session at the end of `events`, its clock `ticks` steps after the log's origin. */
const restore = (header: EventLogHeader, events: readonly EventEnvelope[], ticks: number): Session => {
  const origin = parseInstant(header.clock ?? DEFAULT_CLOCK);
  if (E.isLeft(origin)) throw new Error(`bad clock in log header: ${header.clock ?? ''}`); // the header codec admits any string
  const session = new Session(makeEngine(daemonRegistry), { profile: header.engine, seed: header.seed, origin: origin.right });
  session.state = session.engine.fold(session.state, events);
  session.events.push(...events);
  // Events the steps file does not know (a log from `docknet replay --events`) may be later.
  const last = events[events.length - 1];
  const lastAt = last === undefined ? undefined : parseInstant(last.at);
  const lastSecond = lastAt === undefined || E.isLeft(lastAt) ? 0 : Number((lastAt.right.epochNs - origin.right.epochNs) / NS_PER_SECOND);
  for (let i = 0; i < Math.max(ticks, lastSecond); i++) session.tick();
  return session;
};

export class ShellSession {
  private constructor(
    readonly logPath: string,
    readonly header: EventLogHeader,
    private session: Session,
    private readonly steps: ShellStep[],
  ) {}

  /** Opens (or creates) the log at `options.logPath`; errors are messages for the user. */
  static async open(options: ShellOptions): Promise<E.Either<string, ShellSession>> {
    const { logPath } = options;
    const stepsPath = stepsPathFor(logPath);
    try {
      const text = await readOptional(logPath);
      if (text === undefined || text === '') return await ShellSession.create(options);
      const log = readEventLog(text, EventBodyC);
      if (E.isLeft(log)) return E.left(formatLogError(log.left, logPath));
      const { header } = log.right;
      if ((options.engine !== undefined && options.engine !== header.engine) || (options.seed !== undefined && options.seed !== header.seed)) {
        return E.left(`${logPath} already records engine ${header.engine}, seed ${header.seed}; use another --events file for a new engine or seed`);
      }
      const events = toEnvelopes(log.right.events);
      const lastSeq = events[events.length - 1]?.seq ?? 0;
      const steps = parseSteps(await readOptional(stepsPath), stepsPath);
      if (E.isLeft(steps)) return steps;
      // A crash between the log's append and the steps file's may leave steps past the log's end.
      const kept = steps.right.filter((s) => s.lastSeq <= lastSeq);
      return E.right(new ShellSession(logPath, header, restore(header, events, kept.length), kept));
    } catch (e) {
      return E.left(`${logPath}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private static async create(options: ShellOptions): Promise<E.Either<string, ShellSession>> {
    const header: EventLogHeader = {
      kind: EVENT_LOG_KIND,
      version: EVENT_LOG_VERSION,
      engine: options.engine ?? DEFAULT_PROFILE,
      seed: options.seed ?? 0,
      clock: DEFAULT_CLOCK,
    };
    const session = restore(header, [], 0);
    const booted = session.execute(DEFAULT_HOST.name, {
      type: 'BootHost',
      interfaces: DEFAULT_HOST.interfaces.map((i) => ({ name: i.name, ...(i.ipv4 === undefined ? {} : { ipv4: i.ipv4 }) })),
    });
    if (E.isLeft(booted)) return E.left(`cannot boot ${DEFAULT_HOST.name}: ${booted.left.message}`);
    await mkdir(dirname(options.logPath), { recursive: true });
    const appended = await appendEvents(
      options.logPath,
      0,
      booted.right.map(({ seq: _seq, at, host, ...event }) => ({ at, host, event })),
      { codec: EventBodyC, header },
    );
    if (E.isLeft(appended)) return E.left(formatLogError(appended.left, options.logPath));
    await writeFileAtomic(stepsPathFor(options.logPath), '');
    return E.right(new ShellSession(options.logPath, header, session, []));
  }

  /** The host commands run on: the log's first. */
  get host(): string {
    return this.session.state.hosts.keys().next().value ?? DEFAULT_HOST_NAME;
  }

  get state(): EngineState {
    return this.session.state;
  }

  /** The commands of the recorded steps, newest first (readline's order). */
  get history(): string[] {
    return this.steps.map((s) => s.run).reverse();
  }

  get stepCount(): number {
    return this.steps.length;
  }

  /** Runs one command line on the host, one logical second after the previous one, and records it. */
  async run(line: string): Promise<CliResult> {
    const host = this.host;
    const fromSeq = this.session.state.seq;
    this.session.tick();
    const before = this.session.events.length;
    const result = runLine({ session: this.session, host, profile: profileFor(this.header.engine), images: BUILTIN_IMAGES }, line);
    const events = this.session.events.slice(before);
    if (events.length > 0) {
      const appended = await appendEvents(
        this.logPath,
        fromSeq,
        events.map(({ seq: _seq, at, host: h, ...event }) => ({ at, host: h, event })),
        { codec: EventBodyC },
      );
      if (E.isLeft(appended)) {
        // Someone else wrote the log: nothing of ours landed, so take the log as it is now.
        const reopened = await ShellSession.open({ logPath: this.logPath });
        if (E.isRight(reopened)) {
          this.session = reopened.right.session;
          this.steps.splice(0, this.steps.length, ...reopened.right.steps);
        }
        return { stdout: '', stderr: `docknet: ${formatLogError(appended.left, this.logPath)}; reloaded the log, the command did not run\n`, exit: 1 };
      }
    }
    const step: ShellStep = { run: line, host, exit: result.exit, stdout: result.stdout, stderr: result.stderr, fromSeq, lastSeq: this.session.state.seq };
    this.steps.push(step);
    await appendFile(stepsPathFor(this.logPath), `${JSON.stringify(step)}\n`);
    return result;
  }

  /** Drops the last step: truncates the log to before its events and folds the rest again. */
  async undo(): Promise<E.Either<string, ShellStep>> {
    const last = this.steps[this.steps.length - 1];
    if (last === undefined) return E.left('nothing to undo');
    const expected = this.session.state.seq;
    const locked = await withLockFile(`${this.logPath}.lock`, async (): Promise<E.Either<string, EventEnvelope[]>> => {
      const text = (await readOptional(this.logPath)) ?? '';
      const log = readEventLog(text, EventBodyC);
      if (E.isLeft(log)) return E.left(formatLogError(log.left, this.logPath));
      const found = log.right.events[log.right.events.length - 1]?.seq ?? 0;
      if (found !== expected) return E.left(`event log conflict: expected last seq ${expected}, found ${found}; nothing undone`);
      const kept = log.right.events.filter((e) => e.seq <= last.fromSeq);
      // Line 1 is the header and line k+1 holds event k: keeping lines keeps their bytes.
      const lines = text.split('\n').slice(0, kept.length + 1);
      await writeFileAtomic(this.logPath, `${lines.join('\n')}\n`);
      return E.right(toEnvelopes(kept));
    });
    if (E.isLeft(locked)) return E.left(`${this.logPath} is locked by another process`);
    if (E.isLeft(locked.right)) return locked.right;
    this.steps.pop();
    await writeFileAtomic(stepsPathFor(this.logPath), this.steps.map((s) => `${JSON.stringify(s)}\n`).join(''));
    this.session = restore(this.header, locked.right.right, this.steps.length);
    return E.right(last);
  }

  /** The canonical state JSON. */
  stateText(): string {
    return stateToJsonText(this.session.state);
  }

  /** How many events of the log no recorded step accounts for (besides the hosts' boot, at the log's first instant). */
  foreignEvents(): number {
    const bootAt = this.session.events[0]?.at;
    const covered = (seq: number): boolean => this.steps.some((s) => seq > s.fromSeq && seq <= s.lastSeq);
    return this.session.events.filter((e) => e.at !== bootAt && !covered(e.seq)).length;
  }

  /** The session as a scenario YAML whose replay prints what this shell printed. */
  scenarioYaml(): string {
    return sessionScenarioYaml(
      {
        name: 'docknet shell session',
        description: `Recorded with docknet shell (event log ${this.logPath}).`,
        engine: this.header.engine,
        seed: this.header.seed,
        clock: this.header.clock,
        hosts: [...this.session.state.hosts.values()].map((h) => ({ name: h.name, interfaces: h.interfaces })),
      },
      this.steps,
    );
  }
}
