/**
 * The serialised form of an address set: sorted, non-overlapping runs of allocated offsets
 * `[[start, length], …]`. A fresh /16 with its network, broadcast and gateway taken is
 * `[[0, 2], [65535, 1]]`, whatever the subnet size.
 *
 * Values stay JSON numbers while they are exact doubles (always, for IPv4); IPv6 offsets
 * beyond 2^53 are written as decimal strings so no precision is lost.
 */

/** A run of offsets: `[start, length]`. */
export type AddressRun = [start: number, length: number];

/** A run as stored in JSON; see the module comment for when strings appear. */
export type AddressRunJson = readonly [start: number | string, length: number | string];

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/** One value of a run in its JSON form. */
export const encodeRunValue = (value: bigint): number | string => (value <= MAX_EXACT ? Number(value) : value.toString());

/** Reads one value of a run back; `undefined` when it is not a non-negative integer. */
export const decodeRunValue = (value: number | string): bigint | undefined => {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : undefined;
  return /^(0|[1-9][0-9]*)$/.test(value) ? BigInt(value) : undefined;
};

/**
 * Checks that runs are well formed for a set of `size` offsets: positive lengths, sorted,
 * non-overlapping, inside `[0, size)`. Returns the runs as bigints or an error message.
 */
export const decodeRuns = (
  runs: readonly AddressRunJson[],
  size: bigint,
): { readonly ok: true; readonly runs: Array<readonly [bigint, bigint]> } | { readonly ok: false; readonly error: string } => {
  const out: Array<readonly [bigint, bigint]> = [];
  let next = 0n;
  for (const [i, run] of runs.entries()) {
    const start = decodeRunValue(run[0]);
    const length = decodeRunValue(run[1]);
    if (start === undefined || length === undefined || length === 0n) {
      return { ok: false, error: `run ${i} is not [start, length] with length > 0` };
    }
    if (start < next) return { ok: false, error: `run ${i} is out of order or overlaps the previous one` };
    if (start + length > size) return { ok: false, error: `run ${i} ends beyond the pool size ${size}` };
    out.push([start, length]);
    next = start + length;
  }
  return { ok: true, runs: out };
};
