/**
 * Shared set-up for the fuzz properties (`*.fuzz.prop.test.ts`): a freshly booted engine to
 * feed hostile input to, and how many runs a property gets. CI runs a modest number;
 * `DOCKNET_DEEP=1` (`pnpm check:deep`) runs many more.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { ProfileId } from '@docknet/core';
import type { CliContext } from '../docker/command-spec.js';
import { BUILTIN_IMAGES } from '../images/catalog.js';
import { replayScenario } from '../replay/replay-scenario.js';
import { formatScenarioError, loadScenario } from '../scenario/index.js';

/** True under `pnpm check:deep`. */
export const DEEP = process.env['DOCKNET_DEEP'] === '1';

/** Runs for one fuzz property: `ci` normally, `ci × factor` under DOCKNET_DEEP=1. */
export const fuzzRuns = (ci: number, factor = 20): number => (DEEP ? ci * factor : ci);

/**
 * A CliContext on a freshly booted engine (one host, `docker-host`, eth0 10.0.2.15/24),
 * as a scenario with no steps leaves it. Each call boots a new engine.
 */
export const freshContext = (engine: ProfileId = '28', seed = 0): CliContext => {
  const loaded = loadScenario({ file: 'fuzz.yaml', text: `name: fuzz\nengine: "${engine}"\nseed: ${seed}\nsteps: []\n` });
  if (E.isLeft(loaded)) throw new Error(loaded.left.map(formatScenarioError).join('\n'));
  const outcome = replayScenario(loaded.right);
  return { session: outcome.session, host: 'docker-host', profile: outcome.session.profile, images: BUILTIN_IMAGES };
};
