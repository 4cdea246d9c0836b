/**
 * One scenario per shortest path of the container lifecycle machine (xstate/graph): the
 * docker commands that bring a new container into each status a user can reach, what each
 * prints, and the status `docker inspect` reports after it. Replaying them proves that
 * every reachable status is reachable from real docker commands, as the machine says.
 */
import { stringify } from 'yaml';
import { ALL_LIFECYCLE_COMMANDS, commandKey, lifecycleShortestPaths, type LifecycleCommand, type LifecyclePath } from '@docknet/core';

/** The container every path drives. */
const NAME = 'c1';

/** The docker line for a lifecycle command, or undefined for what no docker command does (a process dying, the daemon restarting it). */
export const dockerLineFor = (command: LifecycleCommand): string | undefined => {
  switch (command.type) {
    case 'start':
    case 'stop':
    case 'kill':
    case 'restart':
    case 'pause':
    case 'unpause':
      return `docker ${command.type} ${NAME}`;
    case 'remove':
      return `docker rm ${command.force ? '-f ' : ''}${NAME}`;
    case 'attach-network':
      return `docker network connect n1 ${NAME}`;
    case 'detach-network':
      return `docker network disconnect n1 ${NAME}`;
    case 'exec':
    case 'die':
    case 'respawn':
      return undefined;
  }
};

/** The commands a user types (the graph is walked with these only). */
export const USER_LIFECYCLE_COMMANDS: readonly LifecycleCommand[] = ALL_LIFECYCLE_COMMANDS.filter((c) => dockerLineFor(c) !== undefined);

const statusCheck = (status: string): unknown =>
  status === 'removing'
    ? // Removal completes at once: the container is gone, as `docker inspect` says.
      { run: `docker inspect -f '{{.State.Status}}' ${NAME}`, expect: { exit: 1, stderr: `Error: No such object: ${NAME}` } }
    : { run: `docker inspect -f '{{.State.Status}}' ${NAME}`, expect: { stdout: status } };

/** The file name of a path's scenario: `to-paused.yaml`. */
export const lifecyclePathFile = (path: LifecyclePath): string => `to-${path.target}.yaml`;

export const lifecyclePathYaml = (path: LifecyclePath): string => {
  const keys = path.steps.map((s) => commandKey(s.command));
  const steps: unknown[] = [
    { note: `The lifecycle machine's shortest path from created to ${path.target}: ${keys.length === 0 ? '(none: a new container is created)' : keys.join(', ')}.` },
    { run: `docker create -it --name ${NAME} busybox`, expect: { stdout_matches: '^[0-9a-f]{64}$' } },
    statusCheck('created'),
  ];
  for (const step of path.steps) {
    const line = dockerLineFor(step.command);
    if (line === undefined) throw new Error(`no docker command for ${commandKey(step.command)}`);
    // Each of these commands echoes the container argument on success (docker-facts.md §9.5).
    steps.push({ run: line, expect: { stdout: NAME } }, statusCheck(step.status));
  }
  const document = {
    name: `Lifecycle: the shortest way to ${path.target}`,
    description: `Generated from the container lifecycle machine (xstate/graph shortest paths) by\npackages/runner/src/check/lifecycle-paths; regenerate with\n\`DOCKNET_UPDATE=1 pnpm exec vitest run packages/runner/src/check/lifecycle-paths\`.\n`,
    steps,
  };
  return `# Generated: do not edit (see the description).\n${stringify(document, { lineWidth: 0 })}`;
};

/** Every scenario, by file name. */
export const lifecyclePathScenarios = (): ReadonlyMap<string, string> =>
  new Map(lifecycleShortestPaths(USER_LIFECYCLE_COMMANDS).map((p) => [lifecyclePathFile(p), lifecyclePathYaml(p)]));
