/**
 * A command typed on the Docker host (not `docker …`): a simulated host tool (`ip a`,
 * `brctl show`, `iptables -t nat -L -n`, `ping`, `curl localhost:8080`…), or bash's
 * `command not found` for anything else.
 */
import type { CliContext } from '../../docker/command-spec.js';
import type { CliResult } from '../../docker/cli-result.js';
import { lookupTool } from '../registry.js';
import { hostToolContext } from './tool-contexts.js';

export const runOnHost = (cli: CliContext, argv: readonly string[]): CliResult | undefined => {
  const [argv0 = '', ...args] = argv;
  const ctx = hostToolContext(cli);
  if (ctx === undefined) return undefined;
  const found = lookupTool(argv0, ctx.tools);
  if (found.kind !== 'tool') return undefined;
  return found.run(ctx, args);
};
