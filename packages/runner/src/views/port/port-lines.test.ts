import { profileFor } from '@docknet/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { container } from '../testing/host-fixture.js';
import { portLines } from './port-lines.js';

const web = (status: 'running' | 'exited' = 'running') =>
  container({
    id: 'a'.repeat(64),
    name: 'web',
    status,
    exposedPorts: ['443/tcp', '80/tcp', '53/udp'],
    published: [
      { containerPort: 80, proto: 'tcp', hostIp: '::', hostPort: 8080 },
      { containerPort: 80, proto: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 },
      { containerPort: 53, proto: 'udp', hostIp: '127.0.0.1', hostPort: 5353 },
    ],
  });

describe('docker port', () => {
  it('lists every binding, natural-sorted, IPv6 bracketed', () => {
    expect(portLines(web(), undefined, profileFor('28'))).toEqual(
      E.right(['53/udp -> 127.0.0.1:5353', '80/tcp -> 0.0.0.0:8080', '80/tcp -> [::]:8080']),
    );
  });

  it('prints only the host side for one port, tcp by default', () => {
    expect(portLines(web(), '80', profileFor('28'))).toEqual(E.right(['0.0.0.0:8080', '[::]:8080']));
    expect(portLines(web(), '53/udp', profileFor('28'))).toEqual(E.right(['127.0.0.1:5353']));
  });

  it('reports a port without bindings as typed, per CLI release', () => {
    expect(portLines(web(), '443', profileFor('28'), 'web')).toEqual(E.left({ source: 'cli', kind: 'invalid-parameter', message: "Error: No public port '443' published for web" }));
    expect(portLines(web(), '80/tcp', profileFor('29'), 'aaaa')).toEqual(E.right(['0.0.0.0:8080', '[::]:8080']));
    const v29 = portLines(web('exited'), '80', profileFor('29'), 'web');
    expect(E.isLeft(v29) && v29.left.message).toBe("no public port '80' published for web");
  });

  it('prints nothing for a stopped container and rejects a non-numeric port', () => {
    expect(portLines(web('exited'), undefined, profileFor('28'))).toEqual(E.right([]));
    const bad = portLines(web(), 'http', profileFor('28'));
    expect(E.isLeft(bad) && bad.left.message).toBe('Error: invalid port (http): strconv.ParseUint: parsing "http": invalid syntax');
  });
});
