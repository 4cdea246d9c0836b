/**
 * The benchmarks' PRNG: Marsaglia's xorshift32 on uint32, seed 2463534242, so every
 * workload is the same sequence on any machine (issue 8).
 */

/** The seed every workload starts from. */
export const XORSHIFT_SEED = 2463534242;

/**
 * A generator of uint32 values: `x ^= x << 13; x ^= x >>> 17; x ^= x << 5`.
 *
 * @param {number} [seed]
 * @returns {() => number}
 */
export const xorshift32 = (seed = XORSHIFT_SEED) => {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
};
