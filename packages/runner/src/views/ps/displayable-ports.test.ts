import { profileFor } from '@docknet/core';
import { describe, expect, it } from 'vitest';
import { displayablePorts, type PortSummary } from './displayable-ports.js';

const p = (ip: string, privatePort: number, publicPort = 0, type = 'tcp'): PortSummary => ({ ip, privatePort, publicPort, type });

describe('displayablePorts (docker ps PORTS)', () => {
  const remapped = [p('::', 80, 8080), p('0.0.0.0', 80, 8080)];
  const samePort = [p('0.0.0.0', 80, 80), p('::', 80, 80)];

  it('renders IPv6 per CLI release', () => {
    expect(displayablePorts(remapped, profileFor('28'))).toBe('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp');
    expect(displayablePorts(remapped, profileFor('20.10'))).toBe('0.0.0.0:8080->80/tcp, :::8080->80/tcp');
    expect(displayablePorts(remapped, profileFor('27'))).toBe('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp');
    expect(displayablePorts(samePort, profileFor('27'))).toBe('0.0.0.0:80->80/tcp, :::80->80/tcp');
    expect(displayablePorts(samePort, profileFor('28'))).toBe('0.0.0.0:80->80/tcp, [::]:80->80/tcp');
  });

  it('groups consecutive same-port mappings and exposed ports into ranges, remapped ones last', () => {
    const ports = [
      p('0.0.0.0', 8001, 8001), p('0.0.0.0', 8000, 8000), p('0.0.0.0', 8002, 8002),
      p('', 443), p('', 444), p('0.0.0.0', 80, 32768), p('', 53, 0, 'udp'),
    ];
    expect(displayablePorts(ports, profileFor('28'))).toBe(
      '53/udp, 443-444/tcp, 0.0.0.0:8000-8002->8000-8002/tcp, 0.0.0.0:32768->80/tcp',
    );
  });

  it('is empty without ports', () => {
    expect(displayablePorts([], profileFor('28'))).toBe('');
  });
});
