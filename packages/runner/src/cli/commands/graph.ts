/**
 * `docknet graph SRC [--at N] [--format mermaid|dot|svg]`: the topology after step N of a
 * scenario (event N of a log). The SVG is laid out once for every step of SRC, so the
 * drawings of two steps line up.
 */
import * as E from 'fp-ts/lib/Either.js';
import { foldFrames, layoutTopologies, loadRun, renderSvg, toDot, toMermaid, topologyOf } from '../../graph/index.js';
import { stringOption, UsageError, type CliCommand, type ParsedArgs } from '../option-table.js';
import type { DocknetCommand, Io } from '../docknet-command.js';
import { splitAt } from '../sources.js';
import { atOption } from './state.js';

const FORMATS = ['mermaid', 'dot', 'svg'] as const;
type Format = (typeof FORMATS)[number];

const spec: CliCommand = {
  name: 'graph',
  args: 'SRC',
  summary: 'Draw the topology (hosts, bridges, veth pairs, containers, networks, ports) after step/event N of SRC.',
  options: [
    { name: 'at', type: 'string', value: 'N', description: 'After step N (scenario) or event N (log); "end" is the last (SRC@N works too)' },
    { name: 'format', short: 'f', type: 'string', value: 'FORMAT', description: 'mermaid (default), dot (Graphviz) or svg (laid out by ELK)' },
  ],
};

const formatOption = (args: ParsedArgs): Format => {
  const value = stringOption(args, 'format') ?? 'mermaid';
  const format = FORMATS.find((f) => f === value);
  if (format === undefined) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${value}"`);
  return format;
};

const run = async (args: ParsedArgs, io: Io): Promise<number> => {
  const [src, ...extra] = args.positionals;
  if (src === undefined) throw new UsageError('graph needs SRC');
  if (extra.length > 0) throw new UsageError(`graph takes one SRC, got ${args.positionals.length}`);
  const format = formatOption(args);
  const { path, at: atSuffix } = splitAt(src);
  const at = atOption(args) ?? atSuffix;
  const loaded = loadRun(path, at === 'end' ? undefined : at);
  if (E.isLeft(loaded)) {
    io.err(`docknet: ${loaded.left}\n`);
    return 1;
  }
  const frames = foldFrames(loaded.right.steps, topologyOf);
  const topology = frames[loaded.right.frameAt(at)] ?? frames[frames.length - 1];
  if (topology === undefined) {
    io.err(`docknet: ${path}: nothing to draw\n`);
    return 1;
  }
  if (format === 'mermaid') io.out(toMermaid(topology));
  else if (format === 'dot') io.out(toDot(topology));
  else io.out(renderSvg(topology, await layoutTopologies(frames)));
  return 0;
};

export const graphCommand: DocknetCommand = { spec, run };
