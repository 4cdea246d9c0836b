import { createHash } from 'node:crypto';

/**
 * A reference in Docker's familiar form with the default tag: `nginx` and
 * `docker.io/library/nginx:latest` both give `nginx:latest`.
 */
export function normalizeImageRef(ref: string): string {
  let name = ref.replace(/^docker\.io\/(library\/)?/, '');
  if (name.includes('@')) return name;
  const lastSlash = name.lastIndexOf('/');
  if (!name.slice(lastSlash + 1).includes(':')) name += ':latest';
  return name;
}

/** 64 hex characters derived from the parts; the same on every machine. */
export function derivedHex(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/**
 * The image ID `docker inspect` shows (`sha256:<64 hex>`), derived from the image reference
 * so that every container of one image shows the same ID.
 *
 * @example
 * imageId('nginx') === imageId('nginx:latest') // true
 */
export function imageId(ref: string): string {
  return `sha256:${derivedHex('docknet-image', normalizeImageRef(ref))}`;
}
