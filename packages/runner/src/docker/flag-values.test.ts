import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { profileFor } from '@docknet/core';
import { containerIpValue, extraHostValue, ipAddressValue, linkValue } from './flag-values.js';
import { parseFlags, type FlagSpec } from './flags.js';

describe('docker CLI flag value checks (docker-facts.md §4.4)', () => {
  it('--dns takes an IPv4 or IPv6 address, stored in canonical form', () => {
    expect(ipAddressValue('8.8.8.8')).toEqual(E.right('8.8.8.8'));
    expect(ipAddressValue('2001:DB8::0:1')).toEqual(E.right('2001:db8::1'));
    expect(ipAddressValue('foo')).toEqual(E.left('IP address is not correctly formatted: foo'));
  });

  it('--add-host takes name:ip or name=ip (brackets allowed) and normalises to name:ip', () => {
    expect(extraHostValue('db:10.0.0.5')).toEqual(E.right('db:10.0.0.5'));
    expect(extraHostValue('db=[::1]')).toEqual(E.right('db:::1'));
    expect(extraHostValue('gw:host-gateway')).toEqual(E.right('gw:host-gateway'));
    expect(extraHostValue('foo')).toEqual(E.left('bad format for add-host: "foo"'));
    expect(extraHostValue('db:nope')).toEqual(E.left('invalid IP address in add-host: "nope"'));
  });

  it('--link takes name or name:alias', () => {
    expect(linkValue('db:database')).toEqual(E.right('db:database'));
    expect(linkValue('a:b:c')).toEqual(E.left('bad format for links: a:b:c'));
  });

  it('--ip is parsed only by the v29 CLI', () => {
    expect(containerIpValue('foo', profileFor('28'))).toEqual(E.right('foo'));
    expect(containerIpValue('foo', profileFor('29'))).toEqual(E.left('failed to parse IP: "foo"'));
    expect(containerIpValue('172.18.0.5', profileFor('29'))).toEqual(E.right('172.18.0.5'));
  });

  it('pflag frames a refused value with the flag name', () => {
    const specs: FlagSpec[] = [{ name: 'dns', kind: 'list', description: 'DNS', parse: ipAddressValue }];
    expect(parseFlags(specs, ['--dns', 'foo', 'img'], false)).toEqual(
      E.left('invalid argument "foo" for "--dns" flag: IP address is not correctly formatted: foo'),
    );
    const ok = parseFlags(specs, ['--dns=1.1.1.1', 'img'], false);
    expect(E.isRight(ok) && ok.right.values.get('dns')).toEqual(['1.1.1.1']);
  });
});
