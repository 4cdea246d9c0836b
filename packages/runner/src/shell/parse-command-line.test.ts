import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './parse-command-line.js';

const stages = (line: string): string[][] => {
  const result = parseCommandLine(line);
  if (E.isLeft(result)) throw new Error(`unexpected Left: ${result.left.message}`);
  return result.right.stages;
};
const failure = (line: string) => {
  const result = parseCommandLine(line);
  if (E.isRight(result)) throw new Error(`unexpected Right: ${JSON.stringify(result.right)}`);
  return result.left;
};

describe('parseCommandLine: words and quotes', () => {
  it('splits on blanks and tabs', () => {
    expect(stages('docker  network\tls')).toEqual([['docker', 'network', 'ls']]);
  });
  it('keeps single-quoted text literally, including $ and backslashes', () => {
    expect(stages(`awk '{print $2}'`)).toEqual([['awk', '{print $2}']]);
    expect(stages(`echo 'a\\nb "c"'`)).toEqual([['echo', 'a\\nb "c"']]);
  });
  it('handles the escapes POSIX allows inside double quotes and keeps other backslashes', () => {
    expect(stages(`echo "a\\"b\\\\c\\$d\\e\\\`f"`)).toEqual([['echo', 'a"b\\c$d\\e`f']]);
  });
  it('joins adjacent quoted and unquoted parts into one word', () => {
    expect(stages(`docker run --name='a b' -e X="1 2"y nginx`)).toEqual([
      ['docker', 'run', '--name=a b', '-e', 'X=1 2y', 'nginx'],
    ]);
  });
  it('keeps empty quoted words', () => {
    expect(stages(`grep '' ""`)).toEqual([['grep', '', '']]);
  });
  it('escapes a character with a backslash outside quotes', () => {
    expect(stages('echo a\\ b \\$HOME \\|')).toEqual([['echo', 'a b', '$HOME', '|']]);
  });
  it('keeps a trailing backslash', () => {
    expect(stages('echo a\\')).toEqual([['echo', 'a\\']]);
  });
  it('joins lines continued with backslash-newline (also CRLF)', () => {
    expect(stages('docker run -d \\\n  --name web \\\r\n  nginx')).toEqual([['docker', 'run', '-d', '--name', 'web', 'nginx']]);
    expect(stages('docker net\\\nwork ls')).toEqual([['docker', 'network', 'ls']]);
    expect(stages('echo "a\\\nb"')).toEqual([['echo', 'ab']]);
  });
  it('starts a comment only at the start of a word', () => {
    expect(stages('docker ps # list them')).toEqual([['docker', 'ps']]);
    expect(stages('echo a#b')).toEqual([['echo', 'a#b']]);
    expect(stages("echo '#x'")).toEqual([['echo', '#x']]);
  });
  it('keeps a $ that POSIX does not expand', () => {
    expect(stages('grep x$ "$" $')).toEqual([['grep', 'x$', '$', '$']]);
  });
  it('keeps globs, tildes and braces literally', () => {
    expect(stages('ls *.yaml ~ {a,b} [x]')).toEqual([['ls', '*.yaml', '~', '{a,b}', '[x]']]);
  });
  it('gives the empty pipeline for blank and comment-only lines', () => {
    expect(stages('')).toEqual([]);
    expect(stages('   \n\t')).toEqual([]);
    expect(stages('# only a comment')).toEqual([]);
  });
  it('accepts a trailing newline and trailing comment lines (YAML block scalars)', () => {
    expect(stages('docker ps\n')).toEqual([['docker', 'ps']]);
    expect(stages('docker ps\n# done\n\n')).toEqual([['docker', 'ps']]);
  });
});

describe('parseCommandLine: pipes', () => {
  it('splits stages on |', () => {
    expect(stages('docker inspect nasa | grep -i ipaddress|wc -l')).toEqual([
      ['docker', 'inspect', 'nasa'],
      ['grep', '-i', 'ipaddress'],
      ['wc', '-l'],
    ]);
  });
  it('allows a line break after |', () => {
    expect(stages('docker ps |\n  grep web')).toEqual([['docker', 'ps'], ['grep', 'web']]);
  });
  it('does not split on a quoted |', () => {
    expect(stages(`grep -E 'a|b' "c|d"`)).toEqual([['grep', '-E', 'a|b', 'c|d']]);
  });
  it('rejects an empty stage', () => {
    expect(failure('| grep x')).toMatchObject({ kind: 'syntax', construct: '|', index: 0 });
    expect(failure('docker ps | | grep x')).toMatchObject({ kind: 'syntax', index: 12 });
    expect(failure('docker ps |')).toMatchObject({ kind: 'syntax', construct: '|' });
  });
});

describe('parseCommandLine: unsupported shell syntax', () => {
  const cases: Array<[string, string, number]> = [
    ['docker ps; docker images', ';', 9],
    ['docker ps && echo ok', '&&', 10],
    ['docker ps || echo no', '||', 10],
    ['docker ps |& grep x', '|&', 10],
    ['docker logs web &', '&', 16],
    ['docker ps > out.txt', '>', 10],
    ['docker ps >> out.txt', '>>', 10],
    ['docker ps 2>/dev/null', '2>', 10],
    ['docker ps 2>&1', '2>&', 10],
    ['docker ps &> out', '&>', 10],
    ['grep x < file', '<', 7],
    ['cat <<EOF', '<<', 4],
    ['(docker ps)', '(', 0],
    ['docker rm -f $(docker ps -q)', '$(…)', 13],
    ['docker rm -f `docker ps -q`', '`…`', 13],
    ['echo "`id`"', '`…`', 6],
    ['echo $HOME', '$HOME', 5],
    ['echo "$HOME/x"', '$HOME', 6],
    ['echo ${HOME}', '${…}', 5],
    ['echo $1', '$1', 5],
    ['echo $?', '$?', 5],
    ['echo $((1+2))', '$((…))', 5],
    ["echo $'\\t'", "$'…'", 5],
    ['docker ps\ndocker images', 'newline', 9],
    ['FOO=1 docker ps', 'FOO=', 0],
    ['sudo -E docker ps', 'sudo -E', 0],
  ];
  it.each(cases)('%j names %s', (line, construct, index) => {
    const error = failure(line);
    expect(error.kind).toBe('unsupported');
    expect(error.construct).toBe(construct);
    expect(error.index).toBe(index);
    expect(error.message).toContain(construct);
    expect(error.message).toContain('not supported');
  });
  it('reports unterminated quotes as syntax errors at the opening quote', () => {
    expect(failure(`echo 'abc`)).toMatchObject({ kind: 'syntax', construct: "'", index: 5 });
    expect(failure(`echo x"abc`)).toMatchObject({ kind: 'syntax', construct: '"', index: 6 });
  });
  it('reports a stray )', () => {
    expect(failure('echo a)')).toMatchObject({ kind: 'syntax', construct: ')' });
  });
  it('allows an assignment-looking word that is quoted or not first', () => {
    expect(stages(`'FOO=1' x`)).toEqual([['FOO=1', 'x']]);
    expect(stages('docker run -e FOO=1 nginx')).toEqual([['docker', 'run', '-e', 'FOO=1', 'nginx']]);
  });
});

describe('parseCommandLine: sudo', () => {
  it('drops a leading sudo in every stage', () => {
    expect(stages('sudo docker ps | sudo grep x')).toEqual([['docker', 'ps'], ['grep', 'x']]);
  });
  it('keeps sudo when it is quoted, alone, or not first', () => {
    expect(stages(`'sudo' docker ps`)).toEqual([['sudo', 'docker', 'ps']]);
    expect(stages('sudo')).toEqual([['sudo']]);
    expect(stages('echo sudo x')).toEqual([['echo', 'sudo', 'x']]);
  });
});
