/**
 * start, stop, kill, pause, unpause, rm, rename: their networking effects (docker-facts.md §8).
 */
import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '@docknet/core';
import {
  BUSYBOX,
  containerNamed,
  createContainer,
  createNetwork,
  deciderSpec,
  endpointOf,
  kill,
  networkNamed,
  pause,
  removeContainer,
  removeNetwork,
  rename,
  run,
  start,
  stop,
  unpause,
} from './testing/index.js';

describe('container lifecycle', () => {
  describe.each(PROFILE_IDS)('profile %s', (profile) => {
    const spec = deciderSpec({ profile });
    const prefixed = (m: string) => (profile === '28' || profile === '29' ? `failed to set up container networking: ${m}` : m);

    it('start creates a sandbox and joins every configured network', () => {
      const { events, after } = spec
        .given(createNetwork({ name: 'mynet' }), createContainer({ name: 'c1', networks: ['mynet'] }))
        .when(start('c1'))
        .then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined' }]);
      const started = events[0];
      if (started?.type !== 'ContainerStarted') throw new Error('no ContainerStarted');
      expect(started.data.sandbox.id).toMatch(/^[0-9a-f]{64}$/);
      expect(started.data.sandbox.key).toMatch(/^\/var\/run\/docker\/netns\/[0-9a-f]{12}$/);
      expect(containerNamed(after, 'c1').status).toBe('running');
      expect(networkNamed(after, 'mynet').endpoints.size).toBe(1);
    });

    it('start on a running container decides nothing', () => {
      spec.given(run({ name: 'c1' })).when(start('c1')).then([]);
    });

    it('a shell without -i exits at once: joins, leaves and stops in one start', () => {
      spec
        .given(createContainer({ name: 'c1', openStdin: false, tty: false }))
        .when(start('c1'))
        .then([
          { type: 'ContainerStarted' },
          { type: 'EndpointJoined' },
          { type: 'EndpointLeft' },
          { type: 'ContainerStopped', data: { exitCode: 0 } },
        ]);
    });

    it('stop leaves every network, releases ports and records the exit (137 for a shell)', () => {
      const { after } = spec
        .given(createNetwork({ name: 'mynet' }), run({ name: 'c1', publish: ['8080:80'] }), { type: 'ConnectNetwork', network: 'mynet', container: 'c1', aliases: [], links: [] })
        .when(stop('c1'))
        .then([
          { type: 'EndpointLeft' },
          { type: 'EndpointLeft' },
          { type: 'PortsReleased' },
          { type: 'ContainerStopped', data: { exitCode: 137 } },
        ]);
      expect(endpointOf(after, 'c1', 'bridge')).toBeUndefined();
      expect(endpointOf(after, 'c1', 'mynet')).toBeUndefined();
      expect(networkNamed(after, 'bridge').endpoints.size).toBe(0);
      // The configuration stays: the next start joins both networks again.
      expect([...containerNamed(after, 'c1').attachments.values()].map((a) => a.networkName)).toEqual(['bridge', 'mynet']);
    });

    it('stop of a non-shell process exits 0', () => {
      spec
        .given(run({ name: 'web', image: { ...BUSYBOX, name: 'nginx', cmd: ['nginx', '-g', 'daemon off;'] } }))
        .when(stop('web'))
        .then([{ type: 'EndpointLeft' }, { type: 'ContainerStopped', data: { exitCode: 0 } }]);
    });

    it('stop on a created container decides nothing', () => {
      spec.given(createContainer({ name: 'c1' })).when(stop('c1')).then([]);
    });

    it('kill stops with 137', () => {
      spec.given(run({ name: 'c1' })).when(kill('c1')).then([{ type: 'EndpointLeft' }, { type: 'ContainerStopped', data: { exitCode: 137 } }]);
    });

    it('kill on a stopped container is refused', () => {
      spec.given(run({ name: 'c1' }), stop('c1')).when(kill('c1')).thenFails(/is not running$/);
    });

    it('pause keeps the endpoint; unpause resumes', () => {
      const { after } = spec.given(run({ name: 'c1' })).when(pause('c1')).then([{ type: 'ContainerPaused' }]);
      expect(endpointOf(after, 'c1', 'bridge')?.ipv4).toBe('172.17.0.2');
      spec.given(run({ name: 'c1' }), pause('c1')).when(unpause('c1')).then([{ type: 'ContainerUnpaused' }]);
    });

    it('stop on a paused container leaves its networks', () => {
      spec.given(run({ name: 'c1' }), pause('c1')).when(stop('c1')).then([{ type: 'EndpointLeft' }, { type: 'ContainerStopped' }]);
    });

    it('rm of a running container without -f is refused', () => {
      spec.given(run({ name: 'c1' })).when(removeContainer('c1')).thenFails({ kind: 'conflict' });
    });

    it('rm -f of a running container leaves its networks, frees ports and removes it', () => {
      const { after } = spec
        .given(run({ name: 'c1', publish: ['8080:80'] }))
        .when(removeContainer('c1', true))
        .then([{ type: 'EndpointLeft' }, { type: 'PortsReleased' }, { type: 'ContainerStopped' }, { type: 'ContainerRemoved' }]);
      expect(networkNamed(after, 'bridge').endpoints.size).toBe(0);
      expect(after.hosts.get('docker-host')?.ports.isBound('tcp', '0.0.0.0', 8080)).toBe(false);
    });

    it('rm of a stopped container only removes it', () => {
      spec.given(run({ name: 'c1' }), stop('c1')).when(removeContainer('c1')).then([{ type: 'ContainerRemoved' }]);
    });

    it('rename keeps the container and its endpoint', () => {
      const { after } = spec.given(run({ name: 'c1' })).when(rename('c1', 'web')).then([{ type: 'ContainerRenamed', data: { name: 'web' } }]);
      expect(endpointOf(after, 'web', 'bridge')?.ipv4).toBe('172.17.0.2');
    });

    it('rename to a taken name is refused', () => {
      spec.given(run({ name: 'c1' }), run({ name: 'c2' })).when(rename('c1', 'c2')).thenFails(/^Conflict\. The container name "\/c2" is already in use/);
    });

    it('an unknown container is reported', () => {
      spec.given().when(start('ghost')).thenFails({ message: 'No such container: ghost', kind: 'not-found' });
    });

    it('starting after its network was removed fails: network X not found (§3.4)', () => {
      spec
        .given(createNetwork({ name: 'mynet' }), createContainer({ name: 'c1', networks: ['mynet'] }), removeNetwork('mynet'))
        .when(start('c1'))
        .thenFails(prefixed('network mynet not found'));
    });

    describe('--network container:<donor> at start (§4.4)', () => {
      it('a stopped donor refuses the start, naming the donor', () => {
        spec
          .given(run({ name: 'donor' }), createContainer({ name: 'side', networks: ['container:donor'] }), stop('donor'))
          .when(start('side'))
          .thenFails(
            profile === '20.10' || profile === '27'
              ? /^cannot join network of a non running container: [0-9a-f]{64}$/
              : /^cannot join network namespace of a non running container: container donor is exited$/,
          );
      });

      it('a donor missing at start is a system error, worded by release', () => {
        spec
          .given(createContainer({ name: 'side', networks: ['container:ghost'] }))
          .when(start('side'))
          .thenFails(
            profile === '20.10' || profile === '27' ? 'No such container: ghost' : 'joining network namespace of container: No such container: ghost',
          );
      });

      it('a paused donor is still running for Docker', () => {
        spec
          .given(run({ name: 'donor' }), createContainer({ name: 'side', networks: ['container:donor'] }), pause('donor'))
          .when(start('side'))
          .then([{ type: 'ContainerStarted' }]);
      });
    });

    describe('legacy --link at start (§4.3)', () => {
      it('a stopped target is refused', () => {
        spec
          .given(run({ name: 'db' }), stop('db'), createContainer({ name: 'web', links: [{ ref: 'db', alias: 'db' }] }))
          .when(start('web'))
          .thenFails('Cannot link to a non running container: /db AS /web/db');
      });

      it('a target off the default bridge is refused', () => {
        spec
          .given(createNetwork({ name: 'mynet' }), run({ name: 'db', networks: ['mynet'] }), createContainer({ name: 'web', links: [{ ref: 'db', alias: 'database' }] }))
          .when(start('web'))
          .thenFails('Cannot link to /db, as it does not belong to the default network');
      });

      it('a running target on bridge is fine', () => {
        spec
          .given(run({ name: 'db' }), createContainer({ name: 'web', links: [{ ref: 'db', alias: 'db' }] }))
          .when(start('web'))
          .then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined', data: { endpoint: { ipv4: '172.17.0.3' } } }]);
      });
    });
  });
});
