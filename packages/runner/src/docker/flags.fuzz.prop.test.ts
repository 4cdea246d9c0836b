/**
 * pflag's rules under hostile argv: whatever the words, parsing ends in a value or in one
 * of pflag's own messages, bool flags accept only strconv.ParseBool's spellings, and no
 * word is lost or invented.
 */
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFlags, type FlagSpec } from './flags.js';
import { fuzzRuns } from '../testing/fuzz-context.js';

const SPECS: readonly FlagSpec[] = [
  { name: 'detach', short: 'd', kind: 'bool', description: 'd' },
  { name: 'interactive', short: 'i', kind: 'bool', description: 'i' },
  { name: 'name', kind: 'string', description: 'n' },
  { name: 'publish', short: 'p', kind: 'list', description: 'p' },
  { name: 'time', short: 't', kind: 'int', description: 't' },
  { name: 'network', kind: 'list', description: 'n', aliases: ['net'] },
];

/** pflag's messages, as docknet reproduces them. */
const PFLAG_MESSAGE =
  /^(unknown flag: --.*|unknown shorthand flag: '.+' in -.*|flag needs an argument: (--.+|'.' in -.)|invalid argument ".*" for ".+" flag: strconv\.Parse(Bool|Int): parsing ".*": invalid syntax)$/s;

/** Go's strconv.ParseBool accepts exactly these. */
const GO_BOOLS = ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'];

const word = fc.oneof(
  fc.constantFrom('-d', '-i', '-di', '-id', '-p', '-p80', '-p=80', '-t', '-t5', '-tx', '--detach', '--detach=false', '--name', '--name=',
    '--publish', '--time=1', '--time=-3', '--time=1e3', '--net', '--network=x', '--', '-', '---', '--=', '-Z', '--nope', '-d=yes',
    'constructor', '__proto__', 'toString', 'busybox', ''),
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

describe('parseFlags (fuzz property)', () => {
  it('property: any argv parses or fails with a pflag message', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.boolean(), (args, interspersed) => {
        const parsed = parseFlags(SPECS, args, interspersed);
        if (E.isLeft(parsed)) {
          expect(parsed.left).toMatch(PFLAG_MESSAGE);
          return;
        }
        for (const [, b] of parsed.right.bools) expect(typeof b).toBe('boolean');
        for (const [, vs] of parsed.right.values) for (const v of vs) expect(typeof v).toBe('string');
        // Positionals are argv words, in order, never invented.
        let from = 0;
        for (const p of parsed.right.positionals) {
          const at = args.indexOf(p, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + 1;
        }
      }),
      { numRuns: fuzzRuns(2000) },
    );
  });

  it('property: a bool flag takes exactly strconv.ParseBool spellings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...GO_BOOLS, 'constructor', '__proto__', 'hasOwnProperty', 'yes', 'on', ''), fc.string({ maxLength: 6 })), (v) => {
        const parsed = parseFlags(SPECS, [`--detach=${v}`], true);
        if (GO_BOOLS.includes(v)) {
          expect(E.isRight(parsed) && parsed.right.bools.get('detach')).toBe(['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v));
        } else {
          expect(parsed).toEqual(E.left(`invalid argument "${v}" for "-d, --detach" flag: strconv.ParseBool: parsing "${v}": invalid syntax`));
        }
      }),
      { numRuns: fuzzRuns(500) },
    );
  });

  it('property: a very long argv is parsed without deep recursion', () => {
    const args = Array.from({ length: 200_000 }, (_, i) => (i % 2 === 0 ? '-p' : `${i}:80`));
    const parsed = parseFlags(SPECS, args, true);
    expect(E.isRight(parsed) && parsed.right.values.get('publish')?.length).toBe(100_000);
    const words = Array.from({ length: 300_000 }, (_, i) => `w${i}`);
    for (const [args, interspersed] of [[['busybox', ...words], false], [['--', ...words], true]] as const) {
      const many = parseFlags(SPECS, args, interspersed);
      expect(E.isRight(many) && many.right.positionals.length).toBe(args.length - (args[0] === '--' ? 1 : 0));
    }
  });
});
