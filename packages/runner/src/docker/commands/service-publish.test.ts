import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseServicePublish } from './service-publish.js';

const ingress = (publishedPort: number, targetPort: number, protocol: 'tcp' | 'udp' = 'tcp') => ({
  protocol,
  targetPort,
  publishedPort,
  publishMode: 'ingress',
});

describe('docker service create --publish', () => {
  it('reads the short form, ranges and a bare target port', () => {
    expect(parseServicePublish('8080:80')).toEqual(E.right([ingress(8080, 80)]));
    expect(parseServicePublish('53:53/udp')).toEqual(E.right([ingress(53, 53, 'udp')]));
    expect(parseServicePublish('8080-8081:80-81')).toEqual(E.right([ingress(8080, 80), ingress(8081, 81)]));
    expect(parseServicePublish('80')).toEqual(E.right([ingress(0, 80)]));
  });

  it('reads the long form with mode and protocol', () => {
    expect(parseServicePublish('published=8080,target=80,protocol=udp,mode=host')).toEqual(
      E.right([{ protocol: 'udp', targetPort: 80, publishedPort: 8080, publishMode: 'host' }]),
    );
  });

  it('refuses bad long-form fields with the CLI texts', () => {
    expect(parseServicePublish('published=8080')).toEqual(E.left("missing mandatory field 'target'"));
    expect(parseServicePublish('target=80,foo=1')).toEqual(E.left('invalid field key: foo'));
    expect(parseServicePublish('target=80,mode=x')).toEqual(E.left("invalid publish mode value (x): must be either 'ingress' or 'host'"));
    expect(parseServicePublish('target=x')).toEqual(E.left('strconv.ParseUint: parsing "x": invalid syntax'));
  });
});
