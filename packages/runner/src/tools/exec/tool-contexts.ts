/** Building a {@link ToolContext} for the host, or for a container, from a docker CLI context. */
import type { ContainerState, HostState } from '@docknet/core';
import { HOST_VIEWER, containerViewer } from '@docknet/drivers';
import type { CliContext } from '../../docker/command-spec.js';
import { lookupImage } from '../../images/catalog.js';
import type { ToolContext } from '../tool-context.js';
import { toolSetOf } from '../toolset.js';

const hostState = (cli: CliContext): HostState | undefined => cli.session.state.hosts.get(cli.host);

export const hostToolContext = (cli: CliContext): ToolContext | undefined => {
  const host = hostState(cli);
  if (host === undefined) return undefined;
  return {
    host,
    state: cli.session.state,
    profile: cli.profile,
    seed: cli.session.state.seed,
    viewer: HOST_VIEWER,
    tools: toolSetOf('host'),
    images: cli.images,
    tty: true,
    extraEnv: [],
  };
};

export const containerToolContext = (
  cli: CliContext,
  container: ContainerState,
  options: { readonly tty: boolean; readonly env: readonly string[] },
): ToolContext | undefined => {
  const host = hostState(cli);
  if (host === undefined) return undefined;
  return {
    host,
    state: cli.session.state,
    profile: cli.profile,
    seed: cli.session.state.seed,
    viewer: containerViewer(container),
    tools: toolSetOf(lookupImage(cli.images, container.image).tools),
    images: cli.images,
    tty: options.tty,
    extraEnv: options.env,
  };
};
