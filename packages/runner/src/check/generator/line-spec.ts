/**
 * A generated docker command line, as data: what kind of command, on which host, with
 * which names and options. Addresses that depend on the state (`--ip`) are kept as an
 * offset into the network's subnet and resolved when the line runs, so a shrunk sequence
 * still asks for a meaningful address.
 */

/** An address inside a network's first IPv4 subnet: `k` from its start, or `-k` from its end. */
export type SubnetOffset = number;

/** `--network REF` of `docker run/create`, maybe with `--ip`. */
export interface NetworkChoice {
  /** A network name, `bridge`, `host`, `none`, or `container:<name>`. */
  readonly ref: string;
  readonly ip?: SubnetOffset;
}

export type LineSpec =
  | { readonly kind: 'network-create'; readonly host: string; readonly name: string; readonly flags: readonly string[] }
  | { readonly kind: 'network-rm'; readonly host: string; readonly name: string }
  | {
      readonly kind: 'run';
      readonly host: string;
      /** `docker create` instead of `docker run -d`. */
      readonly create: boolean;
      readonly name: string;
      /** `-it`: a shell stays up; without it busybox's `sh` exits at once. */
      readonly interactive: boolean;
      /** Generated lines use busybox (a shell) and nginx (a server); a user's may name any image. */
      readonly image: string;
      /** Words after the image (generated lines have none). */
      readonly command?: readonly string[];
      readonly network: NetworkChoice | undefined;
      readonly publish: readonly string[];
      readonly publishAll: boolean;
    }
  | { readonly kind: 'lifecycle'; readonly host: string; readonly verb: 'start' | 'stop' | 'restart' | 'kill' | 'pause' | 'unpause'; readonly name: string }
  | { readonly kind: 'rm'; readonly host: string; readonly name: string; readonly force: boolean }
  | { readonly kind: 'rename'; readonly host: string; readonly name: string; readonly to: string }
  | { readonly kind: 'connect'; readonly host: string; readonly network: string; readonly name: string; readonly ip?: SubnetOffset }
  | { readonly kind: 'disconnect'; readonly host: string; readonly network: string; readonly name: string; readonly force: boolean }
  /** A read-only command (`docker ps -a`, `docker network inspect n0`): it must change nothing. */
  | { readonly kind: 'query'; readonly host: string; readonly line: string };

/**
 * Whether a freshly started container of this spec keeps running (docs/design.md "What a
 * stopped process looks like": a bare shell without `-i` exits at once, a server does not),
 * or undefined when the model cannot tell (another image, or a command given).
 */
export const keepsRunning = (spec: Extract<LineSpec, { kind: 'run' }>): boolean | undefined => {
  if ((spec.command ?? []).length > 0) return undefined;
  if (spec.image === 'nginx') return true;
  return spec.image === 'busybox' ? spec.interactive : undefined;
};
