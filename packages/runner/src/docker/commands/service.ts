/**
 * `docker service create|ls|ps|rm|scale` (docker/cli `cli/command/service`; swarm-facts.md
 * §7–§8). Commands that change the desired state run the orchestrator to convergence
 * (swarm-converge.ts) and then print the progress display's final screen.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { ClusterState, CreateService, DockerError, EventEnvelope, ServicePortSpec, ServiceState } from '@docknet/core';
import { findService, nodeContextOf } from '@docknet/drivers';
import { errorText, fail, ok, type CliResult } from '../cli-result.js';
import type { CliContext, DockerCommandSpec } from '../command-spec.js';
import { flagBool, flagValue, flagValues, type ParsedFlags } from '../flags.js';
import { imageConfig } from '../../images/catalog.js';
import {
  managerView,
  selectServices,
  serviceErrorText,
  serviceLsOutput,
  servicePsOutput,
  serviceProgressFrame,
  swarmStrings,
  verifyLine,
} from '../../views/swarm/index.js';
import { parseServicePublish, servicePublishValue } from './service-publish.js';
import { convergeSwarm } from './swarm-converge.js';

const daemonFailure = (err: DockerError): CliResult => fail(`${errorText(err)}\n`);

const MAX_UINT64 = 2n ** 64n - 1n;

/** A replica count as Go's `strconv.ParseUint(v, 10, 64)` reads it; Left is its error text. */
const parseReplicas = (value: string): E.Either<string, number> =>
  /^\d+$/.test(value) && BigInt(value) <= MAX_UINT64 ? E.right(Number(value)) : E.left(swarmStrings.parseUint(value));

/** `--replicas` is a Uint64Opt. */
const replicasValue = (value: string): E.Either<string, string> => E.map(() => value)(parseReplicas(value));

/** The cluster `ctx.host` belongs to, as it is now (after events). */
const clusterOf = (ctx: CliContext): ClusterState | undefined =>
  nodeContextOf(ctx.session.state, ctx.session.state.hosts.get(ctx.host))?.cluster;

/** The progress display's final screen for `service`, or nothing when it is gone. */
const progressFor = (ctx: CliContext, serviceId: string, subject: string): string => {
  const service = clusterOf(ctx)?.services.get(serviceId);
  return service === undefined ? '' : serviceProgressFrame(ctx.session.state, service, verifyLine(ctx.profile, subject));
};

/** `--network name=x,alias=y` or a plain name. */
const networkRef = (value: string): string => {
  if (!value.includes('=')) return value;
  const field = value.split(',').find((kv) => kv.startsWith('name=') || kv.startsWith('target='));
  return field === undefined ? value : field.slice(field.indexOf('=') + 1);
};

/** `--mode` and `--replicas` checked as the CLI does (`opts.go` `ToServiceMode`). */
const modeAndReplicas = (f: ParsedFlags): E.Either<string, { mode: 'replicated' | 'global'; replicas: number }> => {
  const mode = flagValue(f, 'mode') ?? 'replicated';
  const replicas = flagValue(f, 'replicas');
  if (mode !== 'replicated' && mode !== 'global') return E.left(swarmStrings.unknownMode(mode));
  if (mode === 'global' && replicas !== undefined) return E.left(swarmStrings.replicasWithGlobal);
  return E.right({ mode, replicas: mode === 'global' ? 0 : Number(replicas ?? '1') });
};

const publishedPorts = (f: ParsedFlags): ServicePortSpec[] =>
  flagValues(f, 'publish').flatMap((p) => {
    const parsed = parseServicePublish(p);
    return E.isRight(parsed) ? parsed.right : [];
  });

const createCommand = (ctx: CliContext, f: ParsedFlags): E.Either<string, CreateService> => {
  const [image = '', ...cmd] = f.positionals;
  const name = flagValue(f, 'name');
  return E.map(({ mode, replicas }: { mode: 'replicated' | 'global'; replicas: number }) => ({
    type: 'CreateService' as const,
    ...(name === undefined ? {} : { name }),
    image: imageConfig(ctx.images, image),
    cmd,
    env: flagValues(f, 'env'),
    mode,
    replicas,
    networks: flagValues(f, 'network').map(networkRef),
    ports: publishedPorts(f),
  }))(modeAndReplicas(f));
};

const createdServiceId = (events: readonly EventEnvelope[]): string => {
  const created = events.find((e) => e.type === 'ServiceCreated');
  return created?.type === 'ServiceCreated' ? created.data.service.id : '';
};

// No digest warning: docknet's images come from the local catalogue and are treated as
// pinned, as if the registry lookup had succeeded.
export const serviceCreate: DockerCommandSpec = {
  path: 'docker service create',
  usage: 'docker service create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create a new service',
  args: { atLeast: 1 },
  interspersed: false,
  usageExit: 1,
  flags: [
    { name: 'detach', short: 'd', kind: 'bool', description: 'Exit immediately instead of waiting for the service to converge' },
    { name: 'env', short: 'e', kind: 'list', description: 'Set environment variables' },
    { name: 'mode', kind: 'string', description: 'Service mode ("replicated", "global") (default "replicated")' },
    { name: 'name', kind: 'string', description: 'Service name' },
    { name: 'network', kind: 'list', description: 'Network attachments' },
    { name: 'publish', short: 'p', kind: 'list', description: 'Publish a port as a node port', parse: servicePublishValue },
    { name: 'quiet', short: 'q', kind: 'bool', description: 'Suppress progress output' },
    { name: 'replicas', kind: 'string', description: 'Number of tasks', parse: replicasValue },
  ],
  run: (ctx, f) => {
    const command = createCommand(ctx, f);
    if (E.isLeft(command)) return fail(`${command.left}\n`);
    const result = ctx.session.execute(ctx.host, command.right);
    if (E.isLeft(result)) return daemonFailure(result.left);
    const id = createdServiceId(result.right);
    convergeSwarm(ctx.session, ctx.host);
    if (flagBool(f, 'detach') || flagBool(f, 'quiet')) return ok(`${id}\n`);
    return ok(`${id}\n${progressFor(ctx, id, id)}`);
  },
};

export const serviceLs: DockerCommandSpec = {
  path: 'docker service ls',
  usage: 'docker service ls [OPTIONS]',
  description: 'List services',
  args: { none: true },
  interspersed: true,
  usageExit: 1,
  flags: [
    { name: 'format', kind: 'string', description: 'Format output using a custom template' },
    { name: 'quiet', short: 'q', kind: 'bool', description: 'Only display IDs' },
  ],
  run: (ctx, f) => {
    const view = managerView(ctx.session.state, ctx.host);
    if (E.isLeft(view)) return daemonFailure(view.left);
    const out = serviceLsOutput(ctx.session.state, view.right.cluster, { quiet: flagBool(f, 'quiet'), format: flagValue(f, 'format') });
    return E.isLeft(out) ? daemonFailure(out.left) : ok(out.right);
  },
};

export const servicePs: DockerCommandSpec = {
  path: 'docker service ps',
  usage: 'docker service ps [OPTIONS] SERVICE [SERVICE...]',
  description: 'List the tasks of one or more services',
  args: { atLeast: 1 },
  interspersed: true,
  usageExit: 1,
  flags: [
    { name: 'format', kind: 'string', description: 'Pretty-print tasks using a Go template' },
    { name: 'no-trunc', kind: 'bool', description: 'Do not truncate output' },
    { name: 'quiet', short: 'q', kind: 'bool', description: 'Only display task IDs' },
  ],
  run: (ctx, f) => {
    const view = managerView(ctx.session.state, ctx.host);
    if (E.isLeft(view)) return daemonFailure(view.left);
    const selected = selectServices(view.right.cluster, f.positionals);
    if (E.isLeft(selected)) return fail(`${selected.left}\n`);
    const out = servicePsOutput(ctx.session.state, selected.right.services, {
      noTrunc: flagBool(f, 'no-trunc'),
      quiet: flagBool(f, 'quiet'),
      format: flagValue(f, 'format'),
      now: ctx.session.nowInstant,
    });
    if (E.isLeft(out)) return daemonFailure(out.left);
    const missing = selected.right.notFound;
    return missing.length === 0 ? ok(out.right) : fail(`${missing.join('\n')}\n`, 1, out.right);
  },
};

export const serviceRm: DockerCommandSpec = {
  path: 'docker service rm',
  usage: 'docker service rm SERVICE [SERVICE...]',
  description: 'Remove one or more services',
  args: { atLeast: 1 },
  interspersed: true,
  usageExit: 1,
  flags: [],
  run: (ctx, f) => {
    let stdout = '';
    const errors: string[] = [];
    for (const ref of f.positionals) {
      const result = ctx.session.execute(ctx.host, { type: 'RemoveService', ref });
      if (E.isRight(result)) stdout += `${ref}\n`;
      else errors.push(serviceErrorText(ctx.profile, result.left, ref));
    }
    if (stdout !== '') convergeSwarm(ctx.session, ctx.host);
    return errors.length === 0 ? ok(stdout) : fail(`${errors.join('\n')}\n`, 1, stdout);
  },
};

/** `S=N` arguments, checked all at once before anything runs (cli `scaleArgs`). */
const badScaleSpecifier = (args: readonly string[]): string | undefined =>
  args.find((arg) => {
    const eq = arg.indexOf('=');
    return eq <= 0 || eq === arg.length - 1;
  });

/** One `S=N`: the service scaled, or the error line (`S: …`). */
const scaleOne = (ctx: CliContext, arg: string): E.Either<string, ServiceState> => {
  const eq = arg.indexOf('=');
  const ref = arg.slice(0, eq);
  const value = arg.slice(eq + 1);
  const replicas = parseReplicas(value);
  if (E.isLeft(replicas)) return E.left(swarmStrings.scaleValue(ref, value, replicas.left));
  const view = managerView(ctx.session.state, ctx.host);
  if (E.isLeft(view)) return E.left(`${ref}: ${errorText(view.left)}`);
  // The CLI inspects the service first and refuses a global one itself.
  const service = findService(view.right.cluster, ref);
  if (service?.mode === 'global') return E.left(`${ref}: ${swarmStrings.globalScale}`);
  const result = ctx.session.execute(ctx.host, { type: 'ScaleService', ref, replicas: replicas.right });
  if (E.isLeft(result)) return E.left(`${ref}: ${serviceErrorText(ctx.profile, result.left, ref)}`);
  return service === undefined ? E.left(`${ref}: ${swarmStrings.psNoSuchService(ref)}`) : E.right(service);
};

export const serviceScale: DockerCommandSpec = {
  path: 'docker service scale',
  usage: 'docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]',
  description: 'Scale one or multiple replicated services',
  args: { atLeast: 1 },
  interspersed: true,
  usageExit: 1,
  flags: [{ name: 'detach', short: 'd', kind: 'bool', description: 'Exit immediately instead of waiting for the service to converge' }],
  run: (ctx, f) => {
    const bad = badScaleSpecifier(f.positionals);
    if (bad !== undefined) return fail(`${swarmStrings.scaleSpecifier(bad)}\n`);
    let stdout = '';
    const errors: string[] = [];
    const scaled: { readonly id: string; readonly ref: string }[] = [];
    for (const arg of f.positionals) {
      const done = scaleOne(ctx, arg);
      if (E.isLeft(done)) errors.push(done.left);
      else {
        const ref = arg.slice(0, arg.indexOf('='));
        stdout += swarmStrings.scaled(ref, BigInt(arg.slice(arg.indexOf('=') + 1)));
        scaled.push({ id: done.right.id, ref });
      }
    }
    if (scaled.length > 0) convergeSwarm(ctx.session, ctx.host);
    if (!flagBool(f, 'detach')) for (const s of scaled) stdout += progressFor(ctx, s.id, s.ref);
    return errors.length === 0 ? ok(stdout) : fail(`${errors.join('\n')}\n`, 1, stdout);
  },
};
