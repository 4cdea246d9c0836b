/**
 * A running simulation: the engine, its state, the events so far and the logical clock.
 * The one place in runner that applies commands (decide, then fold, then record).
 */
import * as E from 'fp-ts/lib/Either.js';
import {
  formatRfc3339Nano,
  nextStep,
  now,
  profileFor,
  startClock,
  type Command,
  type DockerError,
  type Engine,
  type EngineProfile,
  type EngineState,
  type EventEnvelope,
  type Instant,
  type LogicalClock,
  type ProfileId,
} from '@docknet/core';

export interface SessionHeader {
  readonly profile: ProfileId;
  readonly seed: number;
  readonly origin: Instant;
}

export class Session {
  readonly profile: EngineProfile;
  state: EngineState;
  readonly events: EventEnvelope[] = [];
  private clock: LogicalClock;

  constructor(
    readonly engine: Engine,
    readonly header: SessionHeader,
  ) {
    this.profile = profileFor(header.profile);
    this.clock = startClock(header.origin);
    this.state = engine.initialState({ profile: header.profile, seed: header.seed, at: this.at });
  }

  /** The logical now, RFC3339Nano in the scenario's zone. */
  get at(): string {
    return formatRfc3339Nano(now(this.clock));
  }

  get nowInstant(): Instant {
    return now(this.clock);
  }

  /** Moves the clock to the next step (one second later). */
  tick(): void {
    this.clock = nextStep(this.clock);
  }

  /** Decides `command` on `host`, folds and records the events; the state is untouched on error. */
  execute(host: string, command: Command): E.Either<DockerError, readonly EventEnvelope[]> {
    const decided = this.engine.decide(this.state, { host, at: this.at, command });
    if (E.isRight(decided)) {
      this.state = this.engine.fold(this.state, decided.right);
      this.events.push(...decided.right);
    }
    return decided;
  }
}
