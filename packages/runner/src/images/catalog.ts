/**
 * The built-in image catalogue: what the daemon and the in-container tools need to know
 * about an image (default command, EXPOSEd ports, environment, which networking tools it
 * ships and in which flavour, what its server answers over HTTP). Data, not code; a
 * scenario's `images:` adds or overrides entries. Unknown images get a generic profile:
 * `sh` as the command, nothing exposed, busybox tools (docs/scenario-format.md, docs/tools.md).
 */
import type { ImageConfig } from '@docknet/core';

export interface ImageFacts {
  readonly cmd: readonly string[];
  readonly expose: readonly string[];
  readonly env: readonly string[];
  /** Which flavour of networking tools the image ships (a key of `TOOL_FLAVOURS`, tools/toolset.ts). */
  readonly tools: string;
  /** The body its server sends for `GET /` on its exposed TCP ports (absent: not an HTTP server). */
  readonly http?: string;
}

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const shell = (cmd: string, tools: string): ImageFacts => ({ cmd: [cmd], expose: [], env: [PATH_ENV], tools });
const server = (
  cmd: readonly string[],
  expose: readonly string[],
  tools: string,
  env: readonly string[] = [],
  http?: string,
): ImageFacts => ({
  cmd,
  expose,
  env: [PATH_ENV, ...env],
  tools,
  ...(http === undefined ? {} : { http }),
});

/** nginx's default index.html from 1.21 on (615 bytes). */
export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** nginx's default index.html before 1.21 (612 bytes), as nginx:1.14 serves it. */
export const NGINX_WELCOME_OLD = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
    body {
        width: 35em;
        margin: 0 auto;
        font-family: Tahoma, Verdana, Arial, sans-serif;
    }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const HTTPD_IT_WORKS = '<html><body><h1>It works!</h1></body></html>\n';

/** Keyed by repository; a tag-specific entry (`ubuntu:14.04`) wins over the repository's. */
export const BUILTIN_IMAGES: Readonly<Record<string, ImageFacts>> = {
  busybox: { cmd: ['sh'], expose: [], env: [PATH_ENV], tools: 'busybox' },
  alpine: shell('/bin/sh', 'alpine'),
  ubuntu: shell('/bin/bash', 'minimal'),
  'ubuntu:14.04': shell('/bin/bash', 'net-tools-old'),
  'ubuntu:16.04': shell('/bin/bash', 'minimal'),
  'ubuntu:18.04': shell('/bin/bash', 'minimal'),
  'ubuntu:20.04': shell('/bin/bash', 'minimal'),
  'ubuntu:22.04': shell('/bin/bash', 'minimal'),
  'ubuntu:24.04': shell('/bin/bash', 'minimal'),
  debian: shell('bash', 'minimal'),
  centos: shell('/bin/bash', 'centos8'),
  'centos:6': shell('/bin/bash', 'centos6'),
  'centos:7': shell('/bin/bash', 'centos7'),
  'centos:8': shell('/bin/bash', 'centos8'),
  fedora: shell('/bin/bash', 'minimal-curl'),
  nginx: server(['nginx', '-g', 'daemon off;'], ['80/tcp'], 'minimal-curl', ['NGINX_VERSION=1.29.1'], NGINX_WELCOME),
  'nginx:1.14': server(['nginx', '-g', 'daemon off;'], ['80/tcp'], 'minimal', ['NGINX_VERSION=1.14.2-1~stretch'], NGINX_WELCOME_OLD),
  httpd: server(['httpd-foreground'], ['80/tcp'], 'minimal', ['HTTPD_PREFIX=/usr/local/apache2'], HTTPD_IT_WORKS),
  redis: server(['redis-server'], ['6379/tcp'], 'minimal'),
  mysql: server(['mysqld'], ['3306/tcp', '33060/tcp'], 'minimal'),
  postgres: server(['postgres'], ['5432/tcp'], 'minimal'),
  node: server(['node'], [], 'buildpack'),
  python: server(['python3'], [], 'buildpack'),
  traefik: server(['traefik'], ['80/tcp'], 'alpine', [], '404 page not found\n'),
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
  return own(catalog, ref) ?? own(catalog, `${short}:${tag}`) ?? own(catalog, short) ?? GENERIC_IMAGE;
};

/** An entry the catalogue itself holds: `constructor` or `toString` are image names, not Object members. */
const own = (catalog: ImageCatalog, key: string): ImageFacts | undefined => (Object.hasOwn(catalog, key) ? catalog[key] : undefined);

/** The daemon's view of an image, as `CreateContainer` carries it. */
export const imageConfig = (catalog: ImageCatalog, ref: string): ImageConfig => {
  const facts = lookupImage(catalog, ref);
  return { name: ref, cmd: facts.cmd, exposedPorts: facts.expose, env: facts.env };
};
