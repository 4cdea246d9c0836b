/**
 * `docknet diff A B [--json] [--ignore FIELD…]`: the semantic diff of two states, keyed by
 * entity. A and B are each a scenario, an event log or a state file, with `@N`, `@end`,
 * `@engine=P`, `@seed=S`; `--engine X --engine Y` (or `--seed`) compares two runs of one
 * scenario. Exit statuses as diff(1): 0 same, 1 different, 2 trouble.
 */
import * as E from 'fp-ts/lib/Either.js';
import { diffJson, expandIgnoredFields, isProfileId, PROFILE_IDS, renderDiffTree, stateEntityLabel, toJsonPatch, type ProfileId } from '@docknet/core';
import { boolOption, UsageError, type CliCommand, type ParsedArgs } from '../option-table.js';
import type { DocknetCommand, Io } from '../docknet-command.js';
import { loadStateSource, type SourceOverrides } from '../sources.js';

const spec: CliCommand = {
  name: 'diff',
  args: 'A [B]',
  summary:
    'Compare two states entity by entity (A, B: scenario, event log or state file; SRC@N, @end, @engine=P, @seed=S). Exit 0 same, 1 different, 2 error.',
  options: [
    { name: 'json', type: 'boolean', description: 'Print the diff as an RFC 6902 JSON Patch from A to B' },
    { name: 'ignore', type: 'string', multiple: true, value: 'FIELD', description: 'Leave the field FIELD out wherever it occurs (repeatable, or F1,F2); @ids, @times, @macs, @noise name groups' },
    { name: 'engine', type: 'string', multiple: true, value: 'P', description: 'Replay under engine profile P; given twice, A under the first and B (or A again) under the second' },
    { name: 'seed', type: 'string', multiple: true, value: 'S', description: 'Replay with seed S; given twice, A with the first and B (or A again) with the second' },
  ],
};

const stringList = (args: ParsedArgs, name: string): string[] => {
  const v = args.values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
};

const engineOf = (value: string): ProfileId => {
  if (!isProfileId(value)) throw new UsageError(`unknown engine "${value}" (one of ${PROFILE_IDS.join(', ')})`);
  return value;
};

const seedOf = (value: string): number => {
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new UsageError(`--seed takes an integer, not "${value}"`);
  return Number(value);
};

/** The two sides: their SRC arguments and the overrides each replays with. */
const sidesOf = (args: ParsedArgs): readonly [{ src: string; overrides: SourceOverrides }, { src: string; overrides: SourceOverrides }] => {
  const engines = stringList(args, 'engine').map(engineOf);
  const seeds = stringList(args, 'seed').map(seedOf);
  if (engines.length > 2) throw new UsageError('--engine is given once (both sides) or twice (A, then B)');
  if (seeds.length > 2) throw new UsageError('--seed is given once (both sides) or twice (A, then B)');
  const [a, b, ...extra] = args.positionals;
  if (a === undefined) throw new UsageError('diff needs A and B');
  if (extra.length > 0) throw new UsageError(`diff takes two sources, got ${args.positionals.length}`);
  if (b === undefined && engines.length < 2 && seeds.length < 2) {
    throw new UsageError('diff needs A and B, or one scenario and two --engine or --seed values');
  }
  const side = (i: 0 | 1): SourceOverrides => {
    const engine = engines[Math.min(i, engines.length - 1)];
    const seed = seeds[Math.min(i, seeds.length - 1)];
    return { ...(engine === undefined ? {} : { engine }), ...(seed === undefined ? {} : { seed }) };
  };
  return [
    { src: a, overrides: side(0) },
    { src: b ?? a, overrides: side(1) },
  ];
};

const labelOf = (src: string, overrides: SourceOverrides): string =>
  `${src}${overrides.engine === undefined ? '' : `@engine=${overrides.engine}`}${overrides.seed === undefined ? '' : `@seed=${overrides.seed}`}`;

const run = async (args: ParsedArgs, io: Io): Promise<number> => {
  const sides = sidesOf(args);
  const ignore = expandIgnoredFields(
    stringList(args, 'ignore')
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
  if (E.isLeft(ignore)) throw new UsageError(ignore.left);
  const [a, b] = sides.map(({ src, overrides }) => loadStateSource(src, undefined, overrides));
  let failed = false;
  for (const side of [a, b]) {
    if (side !== undefined && E.isLeft(side)) {
      io.err(`docknet: ${side.left}\n`);
      failed = true;
    }
  }
  if (failed || a === undefined || b === undefined || E.isLeft(a) || E.isLeft(b)) return 2;
  const changes = diffJson(a.right.json, b.right.json, { ignore: ignore.right });
  if (boolOption(args, 'json')) io.out(`${JSON.stringify(toJsonPatch(changes), null, 2)}\n`);
  else if (changes.length > 0) {
    io.out(`--- ${labelOf(sides[0].src, sides[0].overrides)}\n+++ ${labelOf(sides[1].src, sides[1].overrides)}\n`);
    io.out(renderDiffTree(changes, { entityLabel: stateEntityLabel }));
  }
  return changes.length === 0 ? 0 : 1;
};

export const diffCommand: DocknetCommand = { spec, run };
