/**
 * Which TCP ports a container listens on: its image's EXPOSEd ports while it runs the
 * image's own command (`docker run nginx sh` starts a shell, not nginx). A paused
 * container keeps its sockets.
 */
import type { ContainerState } from '@docknet/core';
import type { ListeningPorts } from '@docknet/drivers';
import { lookupImage, type ImageCatalog } from '../../images/catalog.js';

const runsImageCommand = (container: ContainerState, cmd: readonly string[]): boolean =>
  container.cmd.length === cmd.length && container.cmd.every((part, i) => part === cmd[i]);

export const listeningPorts = (images: ImageCatalog): ListeningPorts => (container) => {
  if (container.status !== 'running' && container.status !== 'paused') return [];
  const image = lookupImage(images, container.image);
  if (!runsImageCommand(container, image.cmd)) return [];
  return image.expose.filter((p) => p.endsWith('/tcp') || !p.includes('/')).map((p) => Number(p.split('/')[0]));
};

/** What the server answers to `GET /`, or undefined for a server that does not speak HTTP. */
export const httpBodyOf = (images: ImageCatalog, server: ContainerState | 'outside', host: string): string | undefined => {
  if (server === 'outside') return `<!doctype html>\n<html><head><title>${host}</title></head><body><p>docknet: a simulated site on the outside network</p></body></html>\n`;
  return lookupImage(images, server.image).http;
};
