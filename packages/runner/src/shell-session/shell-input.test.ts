import { describe, expect, it } from 'vitest';
import { parseShellInput } from './shell-input.js';

describe('parseShellInput', () => {
  it('ignores blank lines and comments, as a shell does', () => {
    expect(parseShellInput('')).toEqual({ kind: 'blank' });
    expect(parseShellInput('   ')).toEqual({ kind: 'blank' });
    expect(parseShellInput('# docker ps')).toEqual({ kind: 'blank' });
  });

  it('knows the ways to leave', () => {
    for (const line of ['exit', ' exit ', 'logout', ':quit', ':q', ':exit']) expect(parseShellInput(line)).toEqual({ kind: 'exit' });
  });

  it('splits a :command into its name and arguments', () => {
    expect(parseShellInput(':save  out/session.yaml')).toEqual({ kind: 'meta', name: 'save', args: ['out/session.yaml'] });
    expect(parseShellInput(':graph')).toEqual({ kind: 'meta', name: 'graph', args: [] });
  });

  it('passes anything else on as a command line, trimmed', () => {
    expect(parseShellInput('  docker ps -a | grep web ')).toEqual({ kind: 'command', line: 'docker ps -a | grep web' });
    expect(parseShellInput('exit 1')).toEqual({ kind: 'command', line: 'exit 1' });
  });
});
