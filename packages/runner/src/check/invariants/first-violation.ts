/** The violation a report leads with: the first in the order of INVARIANTS. */
import { INVARIANTS, type Violation } from './invariant.js';

const rank = (v: Violation): number => INVARIANTS.findIndex((i) => i.id === v.invariant);

export const firstViolation = (found: readonly Violation[]): Violation | undefined =>
  [...found].sort((a, b) => rank(a) - rank(b))[0];
