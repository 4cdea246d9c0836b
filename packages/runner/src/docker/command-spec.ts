/**
 * A docker CLI command: its usage line, flag table, argument count and what it does.
 * Help text and argument errors are generated from this one record.
 */
import type { EngineProfile, HostState } from '@docknet/core';
import type { CliResult } from './cli-result.js';
import type { FlagSpec, ParsedFlags } from './flags.js';
import type { Session } from '../session/session.js';
import type { ImageCatalog } from '../images/catalog.js';

export interface CliContext {
  readonly session: Session;
  readonly host: string;
  readonly profile: EngineProfile;
  readonly images: ImageCatalog;
}

export type ArgCount =
  | { readonly exactly: number }
  | { readonly atLeast: number }
  | { readonly between: readonly [number, number] }
  | { readonly none: true };

export interface DockerCommandSpec {
  /** `docker network create` */
  readonly path: string;
  readonly usage: string;
  readonly description: string;
  readonly flags: readonly FlagSpec[];
  readonly args: ArgCount;
  /** Flags after the first positional belong to the command inside (run/create/exec). */
  readonly interspersed: boolean;
  /** Exit status of flag/argument errors (125 for run/create per SPEC §2). */
  readonly usageExit: number;
  /** `host` is the state of the Docker host the command runs on (resolved once by the dispatcher). */
  readonly run: (ctx: CliContext, flags: ParsedFlags, host: HostState) => CliResult;
}

export const HELP_FLAG: FlagSpec = { name: 'help', kind: 'bool', description: 'Print usage' };
