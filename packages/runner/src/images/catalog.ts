/**
 * The built-in image catalogue: what the daemon needs to know about an image for
 * networking (default command, EXPOSEd ports, environment). Data, not code; a scenario's
 * `images:` adds or overrides entries. Unknown images get a generic profile: `sh` as the
 * command, nothing exposed (documented in docs/scenario-format.md).
 */
import type { ImageConfig } from '@docknet/core';

export interface ImageFacts {
  readonly cmd: readonly string[];
  readonly expose: readonly string[];
  readonly env: readonly string[];
  /** Which flavour of networking tools the image ships (used by in-container views). */
  readonly tools: string;
}

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const shell = (cmd: string, tools: string): ImageFacts => ({ cmd: [cmd], expose: [], env: [PATH_ENV], tools });
const server = (cmd: readonly string[], expose: readonly string[], tools: string, env: readonly string[] = []): ImageFacts => ({
  cmd,
  expose,
  env: [PATH_ENV, ...env],
  tools,
});

/** Keyed by repository; a tag-specific entry (`ubuntu:14.04`) wins over the repository's. */
export const BUILTIN_IMAGES: Readonly<Record<string, ImageFacts>> = {
  busybox: { cmd: ['sh'], expose: [], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], tools: 'busybox' },
  alpine: shell('/bin/sh', 'busybox'),
  ubuntu: shell('/bin/bash', 'minimal'),
  'ubuntu:14.04': shell('/bin/bash', 'net-tools-old'),
  'ubuntu:16.04': shell('/bin/bash', 'net-tools-old'),
  'ubuntu:18.04': shell('/bin/bash', 'minimal'),
  debian: shell('bash', 'minimal'),
  centos: shell('/bin/bash', 'iproute2'),
  'centos:6': shell('/bin/bash', 'net-tools-old'),
  'centos:7': shell('/bin/bash', 'iproute2'),
  fedora: shell('/bin/bash', 'iproute2'),
  nginx: server(['nginx', '-g', 'daemon off;'], ['80/tcp'], 'minimal', ['NGINX_VERSION=1.29.1']),
  'nginx:1.14': server(['nginx', '-g', 'daemon off;'], ['80/tcp'], 'minimal', ['NGINX_VERSION=1.14.2-1~stretch']),
  httpd: server(['httpd-foreground'], ['80/tcp'], 'minimal', ['HTTPD_PREFIX=/usr/local/apache2']),
  redis: server(['redis-server'], ['6379/tcp'], 'minimal'),
  mysql: server(['mysqld'], ['3306/tcp', '33060/tcp'], 'minimal'),
  postgres: server(['postgres'], ['5432/tcp'], 'minimal'),
  node: server(['node'], [], 'minimal'),
  python: server(['python3'], [], 'minimal'),
  traefik: server(['traefik'], ['80/tcp'], 'busybox'),
};

export const GENERIC_IMAGE: ImageFacts = shell('sh', 'busybox');

/** Splits `repo[:tag]` (a registry port is not a tag). */
export const splitImageRef = (ref: string): { repo: string; tag: string } => {
  const at = ref.indexOf('@');
  const base = at === -1 ? ref : ref.slice(0, at);
  const colon = base.lastIndexOf(':');
  if (colon === -1 || base.slice(colon).includes('/')) return { repo: base, tag: 'latest' };
  return { repo: base.slice(0, colon), tag: base.slice(colon + 1) };
};

export type ImageCatalog = Readonly<Record<string, ImageFacts>>;

/** Finds an image's facts: exact `repo:tag`, then the repository, then the generic profile. */
export const lookupImage = (catalog: ImageCatalog, ref: string): ImageFacts => {
  const { repo, tag } = splitImageRef(ref);
  const short = repo.replace(/^(docker\.io\/)?(library\/)?/, '');
  return catalog[ref] ?? catalog[`${short}:${tag}`] ?? catalog[short] ?? GENERIC_IMAGE;
};

/** The daemon's view of an image, as `CreateContainer` carries it. */
export const imageConfig = (catalog: ImageCatalog, ref: string): ImageConfig => {
  const facts = lookupImage(catalog, ref);
  return { name: ref, cmd: facts.cmd, exposedPorts: facts.expose, env: facts.env };
};
