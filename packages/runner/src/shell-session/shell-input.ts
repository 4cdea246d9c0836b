/** What one line typed at the shell prompt asks for. Pure. */

export type ShellInput =
  | { readonly kind: 'blank' }
  | { readonly kind: 'exit' }
  | { readonly kind: 'command'; readonly line: string }
  | { readonly kind: 'meta'; readonly name: string; readonly args: readonly string[] };

/**
 * Classifies a line: blank or a `#` comment (ignored, as a shell does), `exit`/`:quit`,
 * a `:name args` shell command, or a command line for the simulated host.
 *
 * @example
 * parseShellInput(':save out.yaml') // { kind: 'meta', name: 'save', args: ['out.yaml'] }
 * parseShellInput('docker ps')       // { kind: 'command', line: 'docker ps' }
 */
export const parseShellInput = (raw: string): ShellInput => {
  const line = raw.trim();
  if (line === '' || line.startsWith('#')) return { kind: 'blank' };
  if (line === 'exit' || line === 'logout' || line === ':quit' || line === ':q' || line === ':exit') return { kind: 'exit' };
  if (line.startsWith(':')) {
    const [name = '', ...args] = line.slice(1).split(/\s+/);
    return { kind: 'meta', name, args };
  }
  return { kind: 'command', line };
};
