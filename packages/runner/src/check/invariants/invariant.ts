/**
 * The properties `docknet check` verifies, by id, with the sentence a report prints. Ids
 * are stable: they name counterexample files and regression scenarios.
 */

export type InvariantId =
  | 'address-unique'
  | 'address-in-subnet'
  | 'address-not-reserved'
  | 'lowest-free-choice'
  | 'pool-accounting'
  | 'pools-disjoint'
  | 'host-ports-unique'
  | 'stopped-hold-nothing'
  | 'sharers-match-donor'
  | 'refusal-changes-nothing'
  | 'model-agrees'
  | 'replay-equals-state'
  | 'evolve-total'
  | 'deterministic'
  | 'no-crash';

export interface Invariant {
  readonly id: InvariantId;
  /** One line, as the report prints it. */
  readonly title: string;
}

/** Every invariant, in the order they are checked after a step (and listed in reports). */
export const INVARIANTS: readonly Invariant[] = [
  { id: 'address-unique', title: 'live addresses are unique per network' },
  { id: 'address-in-subnet', title: 'every address lies in its subnet; dynamic ones in the ip-range' },
  { id: 'address-not-reserved', title: 'network, broadcast, gateway and aux addresses are never handed out' },
  { id: 'lowest-free-choice', title: 'each dynamic address handed out is the lowest free one' },
  { id: 'pool-accounting', title: "a pool's next address is the lowest free one given the live endpoints" },
  { id: 'pools-disjoint', title: 'the subnets of the networks on a host never overlap' },
  { id: 'host-ports-unique', title: 'host ports are unique per (IP, protocol) and bound while published' },
  { id: 'stopped-hold-nothing', title: 'created and stopped containers hold no address and no port' },
  { id: 'sharers-match-donor', title: 'container: sharers have no network of their own and the donor hostname' },
  { id: 'refusal-changes-nothing', title: 'a refused (or read-only) command leaves the state unchanged' },
  { id: 'model-agrees', title: "containers and networks are what the CLI's answers say (the model)" },
  { id: 'replay-equals-state', title: 'folding the event log (as logged) gives the same state, byte for byte' },
  { id: 'evolve-total', title: 'evolve is total: any decodable event sequence folds without throwing' },
  { id: 'deterministic', title: 'the same commands print the same bytes and log the same events' },
  { id: 'no-crash', title: 'every command line is answered: docknet never throws' },
];

export const invariantTitle = (id: InvariantId): string => INVARIANTS.find((i) => i.id === id)?.title ?? id;

/** An invariant that failed, with what was seen. */
export interface Violation {
  readonly invariant: InvariantId;
  readonly message: string;
}

/** Thrown inside a property run so fast-check records the failure and shrinks it. */
export class InvariantViolation extends Error {
  constructor(readonly violation: Violation) {
    super(`${violation.invariant}: ${violation.message}`);
    this.name = 'InvariantViolation';
  }
}
