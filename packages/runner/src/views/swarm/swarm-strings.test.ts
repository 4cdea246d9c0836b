import { describe, expect, it } from 'vitest';
import { daemonError, profileFor } from '@docknet/core';
import { serviceErrorText, swarmStrings, verifyLine } from './swarm-strings.js';

describe('swarm output texts', () => {
  it('init: no blank line after the last sentence (swarm-facts §1)', () => {
    expect(swarmStrings.initialized('n1', 'SWMTKN-1-x-y', '192.168.99.100', 2377)).toBe(
      'Swarm initialized: current node (n1) is now a manager.\n\n' +
        'To add a worker to this swarm, run the following command:\n\n' +
        '    docker swarm join --token SWMTKN-1-x-y 192.168.99.100:2377\n\n' +
        "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n",
    );
  });

  it('join-token ends with a blank line (swarm-facts §2)', () => {
    expect(swarmStrings.joinToken('manager', 'T', '10.0.0.1', 2377)).toBe(
      'To add a manager to this swarm, run the following command:\n\n    docker swarm join --token T 10.0.0.1:2377\n\n',
    );
  });

  it('verify line and not-found wording of the current CLI', () => {
    const p = profileFor('28');
    expect(verifyLine(p, 'web')).toBe('verify: Service web converged');
    expect(serviceErrorText(p, daemonError('service x not found', 'not-found'), 'x')).toBe('Error response from daemon: service x not found');
  });
});
