/**
 * What a tool sees when it runs: the Docker host's state, the engine profile, where it runs
 * (on the host or inside a container) and which tool flavours exist there.
 */
import type { ContainerState, EngineProfile, EngineState, HostState } from '@docknet/core';
import type { Viewer } from '@docknet/drivers';
import type { CliResult } from '../docker/cli-result.js';
import type { ImageCatalog } from '../images/catalog.js';
import type { ToolSet } from './toolset.js';

export interface ToolContext {
  readonly host: HostState;
  /** The whole engine: other hosts of the scenario and their swarm (routing mesh, overlay peers). */
  readonly state: EngineState;
  readonly profile: EngineProfile;
  readonly seed: number;
  readonly viewer: Viewer;
  readonly tools: ToolSet;
  readonly images: ImageCatalog;
  /** `docker exec -t`: a terminal is attached. */
  readonly tty: boolean;
  /** `docker exec -e` variables, added to the process environment. */
  readonly extraEnv: readonly string[];
}

/** One executable: argv without the program name in, what it printed out. */
export type Tool = (ctx: ToolContext, args: readonly string[]) => CliResult;

/** The container a tool runs in, if any. */
export const containerOf = (ctx: ToolContext): ContainerState | undefined =>
  ctx.viewer.kind === 'container' ? ctx.viewer.container : undefined;
