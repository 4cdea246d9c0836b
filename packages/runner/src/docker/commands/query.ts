/**
 * `docker ps`, `docker inspect`, `docker port`: read-only views of the state.
 */
import * as E from 'fp-ts/lib/Either.js';
import { fail, ok } from '../cli-result.js';
import type { DockerCommandSpec } from '../command-spec.js';
import { flagBool, flagValue, flagValues } from '../flags.js';
import { formatEach } from '../format-output.js';
import { inspectAny, inspectStrings, portOutput, psOutput, renderInspectJson, type GoJson } from '../../views/index.js';

export const dockerPs: DockerCommandSpec = {
  path: 'docker ps',
  usage: 'docker ps [OPTIONS]',
  description: 'List containers',
  args: { none: true },
  interspersed: true,
  usageExit: 1,
  flags: [
    { name: 'all', short: 'a', kind: 'bool', description: 'Show all containers (default shows just running)' },
    { name: 'filter', short: 'f', kind: 'list', description: 'Filter output based on conditions provided' },
    { name: 'format', kind: 'string', description: 'Format output using a custom template' },
    { name: 'last', short: 'n', kind: 'int', description: 'Show n last created containers (includes all states)' },
    { name: 'latest', short: 'l', kind: 'bool', description: 'Show the latest created container (includes all states)' },
    { name: 'no-trunc', kind: 'bool', description: "Don't truncate output" },
    { name: 'quiet', short: 'q', kind: 'bool', description: 'Only display container IDs' },
    { name: 'size', short: 's', kind: 'bool', description: 'Display total file sizes' },
  ],
  run: (ctx, f, host) => {
    const last = flagValue(f, 'last');
    const out = psOutput(host, ctx.profile, ctx.session.nowInstant, {
      all: flagBool(f, 'all'),
      quiet: flagBool(f, 'quiet'),
      noTrunc: flagBool(f, 'no-trunc'),
      filters: flagValues(f, 'filter'),
      format: flagValue(f, 'format'),
      last: flagBool(f, 'latest') ? 1 : last === undefined ? undefined : Number(last),
    });
    return E.isLeft(out) ? fail(`${out.left}\n`) : ok(out.right);
  },
};

export const dockerInspect: DockerCommandSpec = {
  path: 'docker inspect',
  usage: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]',
  description: 'Return low-level information on Docker objects',
  args: { atLeast: 1 },
  interspersed: true,
  usageExit: 1,
  flags: [
    { name: 'format', short: 'f', kind: 'string', description: 'Format output using a custom template' },
    { name: 'size', short: 's', kind: 'bool', description: 'Display total file sizes if the type is container' },
    { name: 'type', kind: 'string', description: 'Only inspect objects of the given type' },
  ],
  run: (ctx, f, host) => {
    const objects: GoJson[] = [];
    let stderr = '';
    for (const ref of f.positionals) {
      const found = inspectAny(host, ref, ctx.profile, flagValue(f, 'type'), ctx.session.state.swarms);
      if (found === undefined) stderr += `${inspectStrings.noSuchObject(ref, ctx.profile)}\n`;
      else objects.push(found);
    }
    return formatEach(objects, flagValue(f, 'format'), stderr, renderInspectJson);
  },
};

export const dockerPort: DockerCommandSpec = {
  path: 'docker port',
  usage: 'docker port CONTAINER [PRIVATE_PORT[/PROTO]]',
  description: 'List port mappings or a specific mapping for the container',
  args: { between: [1, 2] },
  interspersed: true,
  usageExit: 1,
  flags: [],
  run: (ctx, f, host) => {
    const [ref = '', port] = f.positionals;
    const out = portOutput(host, ref, port, ctx.profile);
    return E.isLeft(out) ? fail(`${out.left}\n`) : ok(out.right);
  },
};
