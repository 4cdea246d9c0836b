import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { ServicePort } from '@docknet/core';
import { cluster, engineWith, node, service, sid, task, withTask } from './testing/swarm-fixture.js';
import { serviceLsOutput } from './service-ls.js';
import { servicePortsText } from './service-ports.js';
import { serviceImage } from './service-image.js';

const ingress = (publishedPort: number, targetPort: number, protocol: ServicePort['protocol'] = 'tcp'): ServicePort => ({
  protocol,
  targetPort,
  publishedPort,
  publishMode: 'ingress',
});

const fixture = () => {
  const web = service({ id: sid('w'), name: 'web10', replicas: 3, ports: [ingress(8080, 80)] });
  const api = service({ id: sid('a'), name: 'web9', image: 'redis:7' });
  const c = cluster([node({ id: sid('m'), hostName: 'manager1', role: 'manager' })], [web, api]);
  withTask(web, task({ id: sid('1'), serviceId: web.id, slot: 1, hostName: 'manager1' }));
  withTask(web, task({ id: sid('2'), serviceId: web.id, slot: 2, hostName: 'manager1' }));
  withTask(api, task({ id: sid('3'), serviceId: api.id, slot: 1, hostName: 'manager1' }));
  return { c, state: engineWith(c, undefined, [sid('2')]) };
};

describe('docker service ls', () => {
  it('prints running/desired replicas, 12-char IDs and natural-sorted names (swarm-facts §8)', () => {
    const { c, state } = fixture();
    expect(serviceLsOutput(state, c, { quiet: false })).toEqual(
      E.right(
        [
          'ID             NAME      MODE         REPLICAS   IMAGE          PORTS',
          'aaaaaaaaaaaa   web9      replicated   1/1        redis:7        ',
          'wwwwwwwwwwww   web10     replicated   1/3        nginx:latest   *:8080->80/tcp',
          '',
        ].join('\n'),
      ),
    );
  });

  it('-q prints IDs; --format runs per service', () => {
    const { c, state } = fixture();
    expect(serviceLsOutput(state, c, { quiet: true })).toEqual(E.right('aaaaaaaaaaaa\nwwwwwwwwwwww\n'));
    expect(serviceLsOutput(state, c, { quiet: false, format: '{{.Name}}={{.Replicas}}' })).toEqual(E.right('web9=1/1\nweb10=1/3\n'));
  });

  it('prints only the header without services', () => {
    const c = cluster([node({ id: sid('m'), hostName: 'm', role: 'manager' })]);
    expect(serviceLsOutput(engineWith(c), c, { quiet: false })).toEqual(E.right('ID        NAME      MODE      REPLICAS   IMAGE     PORTS\n'));
  });
});

describe('service PORTS', () => {
  it('collapses consecutive ingress ports into ranges, per protocol, and skips host mode', () => {
    expect(servicePortsText([ingress(80, 80), ingress(81, 81), ingress(53, 53, 'udp'), { ...ingress(9000, 90), publishMode: 'host' }])).toBe(
      '*:80-81->80-81/tcp, *:53->53/udp',
    );
    expect(servicePortsText([ingress(8080, 80), ingress(9090, 90)])).toBe('*:8080->80/tcp, *:9090->90/tcp');
    expect(servicePortsText([])).toBe('');
  });
});

describe('service IMAGE', () => {
  it('shows the familiar name with its tag, without a digest', () => {
    expect(serviceImage('nginx')).toBe('nginx:latest');
    expect(serviceImage('docker.io/library/redis:7@sha256:abc')).toBe('redis:7');
    expect(serviceImage('registry.local:5000/team/app')).toBe('registry.local:5000/team/app:latest');
  });
});
