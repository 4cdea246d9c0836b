import { describe, expect, it } from 'vitest';
import { grep } from './grep.js';

const INSPECT = `[
    {
        "Name": "web",
        "IPAddress": "172.17.0.2",
        "Gateway": "172.17.0.1",
        "IPPrefixLen": 16,
        "MacAddress": "02:42:ac:11:00:02"
    }
]
`;
const PS = 'CONTAINER ID   IMAGE   NAMES\nabc123         nginx   web\ndef456         redis   db\n';
const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

describe('grep: selection', () => {
  it('prints matching lines and exits 0', () => {
    expect(grep(['web'], PS)).toEqual({ stdout: 'abc123         nginx   web\n', stderr: '', exit: 0 });
  });
  it('exits 1 when nothing matches', () => {
    expect(grep(['mysql'], PS)).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('-i ignores case', () => {
    expect(grep(['-i', 'ipaddress'], INSPECT).stdout).toBe('        "IPAddress": "172.17.0.2",\n');
  });
  it('-v inverts', () => {
    expect(grep(['-v', 'CONTAINER'], PS).stdout).toBe('abc123         nginx   web\ndef456         redis   db\n');
  });
  it('-c counts selected lines, with -v too', () => {
    expect(grep(['-c', '"'], INSPECT).stdout).toBe('5\n');
    expect(grep(['-vc', 'web'], PS)).toEqual({ stdout: '2\n', stderr: '', exit: 0 });
    expect(grep(['-c', 'mysql'], PS)).toEqual({ stdout: '0\n', stderr: '', exit: 1 });
  });
  it('-o prints each match on its own line, leftmost-longest', () => {
    expect(grep(['-o', '"IPAddress": "[^"]*"'], INSPECT).stdout).toBe('"IPAddress": "172.17.0.2"\n');
    expect(grep(['-oE', '[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+'], INSPECT).stdout).toBe('172.17.0.2\n172.17.0.1\n');
    expect(grep(['-oE', 'a|ab'], 'abcd\n').stdout).toBe('ab\n');
  });
  it('-w matches whole words, -x whole lines', () => {
    expect(grep(['-w', 'foo'], 'foobar\nfoo bar\n').stdout).toBe('foo bar\n');
    expect(grep(['-x', 'db'], 'db\ndb 1\n').stdout).toBe('db\n');
  });
  it('-n numbers lines, also with -o', () => {
    expect(grep(['-n', 'redis'], PS).stdout).toBe('3:def456         redis   db\n');
    expect(grep(['-on', 'e'], 'ae\nbe e\n').stdout).toBe('1:e\n2:e\n2:e\n');
  });
  it('-E, -F and BRE differ as in GNU', () => {
    expect(grep(['-E', 'web|db'], PS).exit).toBe(0);
    expect(grep(['web|db'], PS).exit).toBe(1);
    expect(grep(['web\\|db'], PS).stdout).toBe('abc123         nginx   web\ndef456         redis   db\n');
    expect(grep(['-F', '.'], 'a\nb.c\n').stdout).toBe('b.c\n');
  });
  it('-e may be repeated, and bundles with other flags (-iE)', () => {
    expect(grep(['-e', 'nginx', '-e', 'redis'], PS).stdout.split('\n').length).toBe(3);
    expect(grep(['-iE', 'WEB|DB'], PS).stdout).toBe('abc123         nginx   web\ndef456         redis   db\n');
    expect(grep(['-enginx'], PS).stdout).toBe('abc123         nginx   web\n');
  });
  it('accepts options after the pattern (GNU permutes)', () => {
    expect(grep(['ipaddress', '-i'], INSPECT).exit).toBe(0);
  });
  it('-q prints nothing, -l/-L name standard input', () => {
    expect(grep(['-q', 'web'], PS)).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(grep(['-l', 'web'], PS).stdout).toBe('(standard input)\n');
    expect(grep(['-L', 'web'], PS)).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('-A, -B, -C and -NUM print context with -- between groups', () => {
    const text = '1\n2\nx\n4\n5\n6\nx\n8\n';
    expect(grep(['-A1', 'x'], text).stdout).toBe('x\n4\n--\nx\n8\n');
    expect(grep(['-B', '1', '-n', 'x'], text).stdout).toBe('2-2\n3:x\n--\n6-6\n7:x\n');
    expect(grep(['-C', '2', 'x'], text).stdout).toBe('1\n2\nx\n4\n5\n6\nx\n8\n');
    expect(grep(['-1', 'x'], text).stdout).toBe('2\nx\n4\n--\n6\nx\n8\n');
  });
  it('-m stops after N selected lines; -m 0 prints nothing', () => {
    expect(grep(['-m', '1', 'e'], PS).stdout).toBe('abc123         nginx   web\n');
    expect(grep(['-c', '-m0', 'e'], PS)).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('adds a newline to an unterminated last line', () => {
    expect(grep(['b'], 'a\nb').stdout).toBe('b\n');
  });
  it('accepts --color (never a terminal here)', () => {
    expect(grep(['--color=auto', 'web'], PS).stdout).toBe('abc123         nginx   web\n');
  });
});

describe('grep: errors as GNU grep', () => {
  it('rejects an invalid option with the usage lines and exit 2', () => {
    expect(grep(['-Z', 'x'], PS)).toEqual({ stdout: '', stderr: 'grep: option -Z is not supported by docknet\n', exit: 2 });
    expect(grep(['-j', 'x'], PS)).toEqual({ stdout: '', stderr: `grep: invalid option -- 'j'\n${USAGE}`, exit: 2 });
    expect(grep(['--foo', 'x'], PS)).toEqual({ stdout: '', stderr: `grep: unrecognized option '--foo'\n${USAGE}`, exit: 2 });
    expect(grep(['--co', 'x'], PS).stderr).toBe(
      `grep: option '--co' is ambiguous; possibilities: '--context' '--color' '--colour' '--count'\n${USAGE}`,
    );
  });
  it('prints only the usage lines when the pattern is missing', () => {
    expect(grep([], PS)).toEqual({ stdout: '', stderr: USAGE, exit: 2 });
    expect(grep(['-e'], PS)).toEqual({ stdout: '', stderr: `grep: option requires an argument -- 'e'\n${USAGE}`, exit: 2 });
  });
  it('reports a bad regex with exit 2', () => {
    expect(grep(['\\('], PS)).toEqual({ stdout: '', stderr: 'grep: Unmatched ( or \\(\n', exit: 2 });
    expect(grep(['-A', 'x', 'a'], PS)).toEqual({ stdout: '', stderr: 'grep: x: invalid context length argument\n', exit: 2 });
  });
  it('warns about a leading * in an ERE and still matches', () => {
    expect(grep(['-E', '*web'], PS)).toEqual({
      stdout: 'abc123         nginx   web\n',
      stderr: 'grep: warning: * at start of expression\n',
      exit: 0,
    });
  });
  it('reports files that do not exist on the simulated host', () => {
    expect(grep(['x', 'nofile'], 'x\n')).toEqual({ stdout: '', stderr: 'grep: nofile: No such file or directory\n', exit: 2 });
    expect(grep(['-s', 'x', 'nofile'], 'x\n')).toEqual({ stdout: '', stderr: '', exit: 2 });
  });
  it('reads standard input once, labelling lines when several inputs are named', () => {
    expect(grep(['db', '-', '-'], PS).stdout).toBe('(standard input):def456         redis   db\n');
  });
});
