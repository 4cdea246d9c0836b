/**
 * `docker node ls|rm` (docker/cli `cli/command/node`; swarm-facts.md §6). Both are manager
 * commands: elsewhere the daemon refuses.
 */
import * as E from 'fp-ts/lib/Either.js';
import { errorText, fail, ok } from '../cli-result.js';
import type { DockerCommandSpec } from '../command-spec.js';
import { flagBool, flagValue } from '../flags.js';
import { managerView, nodeLsOutput } from '../../views/swarm/index.js';
import { convergeSwarm } from './swarm-converge.js';

export const nodeLs: DockerCommandSpec = {
  path: 'docker node ls',
  usage: 'docker node ls [OPTIONS]',
  description: 'List nodes in the swarm',
  args: { none: true },
  interspersed: true,
  usageExit: 1,
  flags: [
    { name: 'format', kind: 'string', description: 'Format output using a custom template' },
    { name: 'quiet', short: 'q', kind: 'bool', description: 'Only display IDs' },
  ],
  run: (ctx, f) => {
    const view = managerView(ctx.session.state, ctx.host);
    if (E.isLeft(view)) return fail(`${errorText(view.left)}\n`);
    const out = nodeLsOutput(view.right.cluster, {
      selfId: view.right.node.id,
      engineVersion: ctx.profile.engineVersion,
      quiet: flagBool(f, 'quiet'),
      format: flagValue(f, 'format'),
    });
    return E.isLeft(out) ? fail(`${errorText(out.left)}\n`) : ok(out.right);
  },
};

export const nodeRm: DockerCommandSpec = {
  path: 'docker node rm',
  usage: 'docker node rm [OPTIONS] NODE [NODE...]',
  description: 'Remove one or more nodes from the swarm',
  args: { atLeast: 1 },
  interspersed: true,
  usageExit: 1,
  flags: [{ name: 'force', short: 'f', kind: 'bool', description: 'Force remove a node from the swarm' }],
  run: (ctx, f) => {
    let stdout = '';
    const errors: string[] = [];
    for (const ref of f.positionals) {
      const result = ctx.session.execute(ctx.host, { type: 'RemoveNode', ref, force: flagBool(f, 'force') });
      if (E.isRight(result)) stdout += `${ref}\n`;
      else errors.push(errorText(result.left));
    }
    // A force-removed node's tasks are rescheduled on the others.
    if (stdout !== '') convergeSwarm(ctx.session, ctx.host);
    return errors.length === 0 ? ok(stdout) : fail(`${errors.join('\n')}\n`, 1, stdout);
  },
};
