import { describe, expect, it } from 'vitest';
import { createContainer, createNetwork, deciderSpec, portSpec, run, start, stop } from './index.js';

describe('deciderSpec (the test DSL itself)', () => {
  const spec = deciderSpec();

  it('then: passes on a partial match and fails on a wrong value', () => {
    const when = spec.given(createContainer({ name: 'c1' })).when(start('c1'));
    when.then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined', data: { endpoint: { ipv4: '172.17.0.2' } } }]);
    expect(() => when.then([{ type: 'ContainerStarted' }, { type: 'EndpointJoined', data: { endpoint: { ipv4: '172.17.0.3' } } }])).toThrow();
  });

  it('then: fails when the number of events differs', () => {
    expect(() => spec.given(createContainer({ name: 'c1' })).when(start('c1')).then([{ type: 'ContainerStarted' }])).toThrow();
  });

  it('then: fails when the command is refused, with the refusal in the message', () => {
    expect(() => spec.given().when(start('ghost')).then([])).toThrow(/No such container: ghost/);
  });

  it('thenFails: exact text, pattern or fields; fails when the command is accepted', () => {
    const when = spec.given().when(start('ghost'));
    when.thenFails('No such container: ghost');
    when.thenFails(/^No such/);
    when.thenFails({ kind: 'not-found', source: 'daemon' });
    expect(() => when.thenFails('No such container: ghos')).toThrow();
    expect(() => spec.given().when(createNetwork({ name: 'x1' })).thenFails('anything')).toThrow(/was accepted/);
  });

  it('given: a refused history command fails the test instead of being skipped', () => {
    expect(() => spec.given(start('ghost')).when(createNetwork({ name: 'x1' })).then([{ type: 'NetworkCreated' }])).toThrow(
      /given: StartContainer was refused: No such container: ghost/,
    );
  });

  it('given: accepts raw events as history', () => {
    const state = spec.given(createContainer({ name: 'c1' })).state();
    const id = state.hosts.get('docker-host')?.containerIdsByName.get('c1') ?? '';
    spec
      .given(createContainer({ name: 'c1' }), { type: 'ContainerPaused', data: { containerId: id } })
      .when(start('c1'))
      .thenFails('cannot start a paused container, try unpause instead');
  });

  it('each when replays the history afresh, so specs never leak state', () => {
    const given = spec.given(run({ name: 'c1' }));
    given.when(stop('c1')).then([{ type: 'EndpointLeft' }, { type: 'ContainerStopped' }]);
    given.when(stop('c1')).then([{ type: 'EndpointLeft' }, { type: 'ContainerStopped' }]);
    const { before, after } = given.when(stop('c1')).thenDecided();
    expect(before).not.toBe(after);
    expect(before.hosts.get('docker-host')?.containers.size).toBe(1);
  });

  it('boot: false gives an engine without a host', () => {
    expect(deciderSpec({ boot: false }).given().state().hosts.size).toBe(0);
  });
});

describe('portSpec', () => {
  it.each([
    ['8080:80', { proto: 'tcp', containerPort: 80, containerPortEnd: 80, hostIp: '', hostPort: 8080, hostPortEnd: 8080 }],
    ['80', { proto: 'tcp', containerPort: 80, containerPortEnd: 80, hostIp: '', hostPort: 0, hostPortEnd: 0 }],
    ['127.0.0.1::80/udp', { proto: 'udp', containerPort: 80, containerPortEnd: 80, hostIp: '127.0.0.1', hostPort: 0, hostPortEnd: 0 }],
    ['8000-8002:9000-9002', { proto: 'tcp', containerPort: 9000, containerPortEnd: 9002, hostIp: '', hostPort: 8000, hostPortEnd: 8002 }],
  ] as const)('%s', (text, expected) => {
    expect(portSpec(text)).toEqual(expected);
  });
});
