/**
 * Who is asking: the Docker host itself (a shell on the host), or a process inside a
 * container (`docker exec`). Rules that depend on "from where" take a viewer.
 */
import type { ContainerState } from '@docknet/core';

export type Viewer =
  | { readonly kind: 'host' }
  | { readonly kind: 'container'; readonly container: ContainerState };

export const HOST_VIEWER: Viewer = { kind: 'host' };

export const containerViewer = (container: ContainerState): Viewer => ({ kind: 'container', container });
