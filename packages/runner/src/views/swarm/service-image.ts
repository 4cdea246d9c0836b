/**
 * The IMAGE of `docker service ls|ps`. The CLI pins a service's image to
 * `name:tag@digest` and shows it without the digest. docknet resolves no registry, so it
 * shows the reference as if pinned: `nginx` reads `nginx:latest`.
 *
 * @example
 * serviceImage('nginx') // 'nginx:latest'
 * serviceImage('docker.io/library/redis:7@sha256:abc') // 'redis:7'
 */
export function serviceImage(ref: string): string {
  const familiar = ref.replace(/^docker\.io\/(library\/)?/, '');
  const at = familiar.indexOf('@');
  const name = at === -1 ? familiar : familiar.slice(0, at);
  const lastSlash = name.lastIndexOf('/');
  const tagged = name.slice(lastSlash + 1).includes(':');
  if (at !== -1) return tagged ? name : familiar;
  return tagged ? name : `${name}:latest`;
}
