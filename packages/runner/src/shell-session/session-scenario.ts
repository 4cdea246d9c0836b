/**
 * A shell session written as a scenario: each command a step whose expectations are what
 * the shell printed, so replaying the file checks that docknet still answers the same.
 */
import { stringify } from 'yaml';
import type { HostInterface } from '@docknet/core';
import { DEFAULT_CLOCK, DEFAULT_HOST_NAME } from '../scenario/index.js';
import type { ShellStep } from './shell-step.js';

export interface SessionFacts {
  readonly name: string;
  readonly description: string;
  readonly engine: string;
  readonly seed: number;
  readonly clock: string | undefined;
  readonly hosts: readonly { readonly name: string; readonly interfaces: readonly HostInterface[] }[];
}

/** The default host needs no `hosts:` entry; anything else is written out, MACs included. */
const isDefaultHosts = (hosts: SessionFacts['hosts']): boolean => {
  const [only, ...rest] = hosts;
  const [nic, ...more] = only?.interfaces ?? [];
  return rest.length === 0 && more.length === 0 && only?.name === DEFAULT_HOST_NAME && nic?.name === 'eth0' && nic.ipv4 === '10.0.2.15/24';
};

const stepEntry = (step: ShellStep, multiHost: boolean): unknown => {
  const expect: Record<string, unknown> = { exit: step.exit };
  if (step.stdout !== '') expect['stdout'] = step.stdout;
  if (step.stderr !== '') expect['stderr'] = step.stderr;
  return { run: step.run, ...(multiHost ? { on: step.host } : {}), expect };
};

/**
 * The scenario YAML for `steps`.
 *
 * @example
 * sessionScenarioYaml(facts, [{ run: 'docker network ls', exit: 0, stdout: 'NETWORK ID …', … }])
 */
export const sessionScenarioYaml = (facts: SessionFacts, steps: readonly ShellStep[]): string => {
  const multiHost = facts.hosts.length > 1;
  const document: Record<string, unknown> = {
    version: 1,
    name: facts.name,
    description: facts.description,
    engine: facts.engine,
    seed: facts.seed,
    clock: facts.clock ?? DEFAULT_CLOCK,
  };
  if (!isDefaultHosts(facts.hosts)) {
    document['hosts'] = facts.hosts.map((h) => ({
      name: h.name,
      interfaces: h.interfaces.map((i) => ({ name: i.name, ...(i.ipv4 === undefined ? {} : { ipv4: i.ipv4 }), mac: i.mac })),
    }));
  }
  document['steps'] = steps.map((s) => stepEntry(s, multiHost));
  return stringify(document, { lineWidth: 0 });
};
