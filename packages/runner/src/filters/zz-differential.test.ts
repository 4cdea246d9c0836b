// TEMPORARY: differential check against the machine's GNU tools. Deleted before hand-off.
import { spawnSync } from 'node:child_process';
import { it } from 'vitest';
import { runFilter, type FilterName } from './index.js';

const INPUT = [
  'NETWORK ID     NAME      DRIVER    SCOPE',
  '1b2c3d4e5f60   bridge    bridge    local',
  'a1b2c3d4e5f6   host      host      local',
  'f00dbabe0001   none      null      local',
  '0123456789ab   my-net    bridge    local',
  '        "IPAddress": "172.17.0.2",',
  '        "Gateway": "172.17.0.1",',
  '        "IPPrefixLen": 16,',
  'abcabc foo foobar bar',
  '',
  'x*a a{1 a.b A]b \\back',
  'web 10', 'db 9', 'web 10', 'cache -3.5', 'Zed 007',
].join('\n') + '\n';

const CASES: Array<[FilterName, string[]]> = [
  ['grep', ['bridge']], ['grep', ['-i', 'ipaddress']], ['grep', ['-v', 'bridge']], ['grep', ['-c', 'local']],
  ['grep', ['-o', '"[A-Za-z]*": "[^"]*"']], ['grep', ['-oE', 'a|ab|abc']], ['grep', ['-w', 'foo']], ['grep', ['-ow', 'foo\\|foobar']],
  ['grep', ['-n', 'host']], ['grep', ['-E', '^(web|db) [0-9]+$']], ['grep', ['-F', 'a{1']], ['grep', ['a\\{1']], ['grep', ['-E', 'a{1']],
  ['grep', ['-x', 'db 9']], ['grep', ['-iE', 'zed|WEB']], ['grep', ['-e', 'db', '-e', 'cache']], ['grep', ['-A', '1', 'IPAddress']],
  ['grep', ['-B1', '-n', 'Gateway']], ['grep', ['-C', '1', 'web']], ['grep', ['-2', 'none']], ['grep', ['-m', '1', 'bridge']],
  ['grep', ['nomatch']], ['grep', ['-z']], ['grep', ['--foo']], ['grep', []], ['grep', ['-e']], ['grep', ['\\(']], ['grep', ['[[:foo:]]']],
  ['grep', ['[:space:]']], ['grep', ['x', 'nofile']], ['grep', ['-q', 'web']], ['grep', ['-c', '-v', 'web']], ['grep', ['-l', 'web']],
  ['grep', ['\\<b']], ['grep', ['r\\>']], ['grep', ['\\bfoo\\b']], ['grep', ['-o', '[0-9]\\+']], ['grep', ['-o', '\\w\\+\\.\\w']],
  ['grep', ['-E', '*a']], ['grep', ['^*a']], ['grep', ['[]A]b']], ['grep', ['\\\\back']], ['grep', ['-o', 'b*']], ['grep', ['--count', 'web']],
  ['grep', ['--co', 'web']], ['grep', ['--colo=never', 'web']], ['grep', ['-i', '-o', 'WEB']], ['grep', ['-on', 'o']], ['grep', ['-h', 'db', '-']],
  ['grep', ['-H', 'db']], ['grep', ['db', '-', '-']], ['grep', ['-vc', '']], ['grep', ['-E', '()']], ['grep', ['-E', 'a{,2}b']], ['grep', ['-Eo', '[0-9]{2,}']],
  ['grep', ['[^[:space:]]\\{12\\}']], ['grep', ['-A', 'x', 'a']], ['grep', ['-ix', 'DB 9']], ['grep', ['-wc', 'bridge']], ['grep', ['-y', 'ZED']],
  ['head', []], ['head', ['-n', '3']], ['head', ['-3']], ['head', ['-n', '-12']], ['head', ['-c', '20']], ['head', ['-n', 'x']], ['head', ['-5x']], ['head', ['nofile']],
  ['head', ['-n']], ['head', ['-c', '-400']],
  ['tail', []], ['tail', ['-n', '2']], ['tail', ['-2']], ['tail', ['-n', '+15']], ['tail', ['+16']], ['tail', ['-c', '10']], ['tail', ['-c', '+400']], ['tail', ['-n', 'x']], ['tail', ['-f', '-n1']],
  ['wc', []], ['wc', ['-l']], ['wc', ['-w']], ['wc', ['-c']], ['wc', ['-m']], ['wc', ['-lw']], ['wc', ['-L']], ['wc', ['-l', '-']], ['wc', ['-z']], ['wc', ['-', 'nofile']],
  ['sort', []], ['sort', ['-r']], ['sort', ['-n']], ['sort', ['-nr']], ['sort', ['-u']], ['sort', ['-k', '2']], ['sort', ['-k2,2']], ['sort', ['-k2n']], ['sort', ['-k', '2,2nr']],
  ['sort', ['-t', '"', '-k2']], ['sort', ['-f']], ['sort', ['-fu']], ['sort', ['-b']], ['sort', ['-k1.2,1.3']], ['sort', ['-k', 'x']], ['sort', ['-k', '0']], ['sort', ['-t', 'ab']], ['sort', ['-s', '-k2,2']],
  ['sort', ['-k2,2', '-k1,1r']], ['sort', ['-n', '-k2']], ['sort', ['-un', '-k2']],
  ['uniq', []], ['uniq', ['-c']], ['uniq', ['-d']], ['uniq', ['-u']], ['uniq', ['-x']], ['uniq', ['-ic']],
  ['awk', ['{print $1}']], ['awk', ['{print $2, $1}']], ['awk', ['{print $1 $2}']], ['awk', ['NR==2 {print $1}']], ['awk', ['NR>1 {print $NF}']],
  ['awk', ['/bridge/ {print $2}']], ['awk', ['!/bridge/']], ['awk', ['$2 ~ /^b/ {print $1}']], ['awk', ['$2 == "10" {print}']], ['awk', ['$2 > 9']], ['awk', ['$2 > "9"']],
  ['awk', ['-F', ':', '{print $2}']], ['awk', ['-F:', '{print $1}']], ['awk', ['-F', '"', '{print $4}']], ['awk', ['-F', '[ :]+', '{print $3}']],
  ['awk', ['{print $(NF-1), NF, NR}']], ['awk', ['{print $1 ":" $2}']], ['awk', ['NF == 0']], ['awk', ['{ print }']], ['awk', ['{}']], ['awk', ['NR==1']],
  ['cut', ['-d', ' ', '-f', '1']], ['cut', ['-c', '1-5']], ['cut', ['-d:', '-f2']], ['cut', ['-d:', '-f2', '-s']], ['cut', ['-c', '3-']], ['cut', ['-c', '-3,8']],
  ['cut', ['-d', '"', '-f', '2,4']], ['cut', []], ['cut', ['-f', '0']], ['cut', ['-d', 'ab', '-f1']], ['cut', ['-f', '3-1']], ['cut', ['-d:', '-f2', '--output-delimiter=|']], ['cut', ['-d:', '-f1', '--complement']],
  ['tr', ['a-z', 'A-Z']], ['tr', ['-d', '"']], ['tr', ['-s', ' ']], ['tr', ['[:lower:]', '[:upper:]']], ['tr', ['-d', '[:digit:]']], ['tr', ['-cd', 'a-z\\n']],
  ['tr', ['-c', 'a-z\\n', '_']], ['tr', ['abc', 'x']], ['tr', []], ['tr', ['a']], ['tr', ['-d', 'a', 'b']], ['tr', ['z-a', 'x']], ['tr', ['\\n', ' ']], ['tr', ['-s', 'a-z', 'A-Z']], ['tr', ['[:foo:]', 'x']],
  ['cat', []], ['cat', ['-n']], ['cat', ['-b']], ['cat', ['-E']], ['cat', ['-A']], ['cat', ['-s']], ['cat', ['nofile']], ['cat', ['-z']],
];

it('matches GNU', () => {
  let bad = 0;
  for (const [name, args] of CASES) {
    for (const input of [INPUT, INPUT.slice(0, -1)]) {
      const real = spawnSync(name, args, { input, timeout: 3000, encoding: 'utf8', env: { LC_ALL: 'C.UTF-8', PATH: process.env['PATH'] ?? '' } });
      const ours = runFilter(name, args, input);
      const same = real.stdout === ours.stdout && real.stderr.replaceAll('mawk', 'awk') === ours.stderr && real.status === ours.exit;
      if (!same) {
        bad += 1;
        console.log(`--- ${name} ${JSON.stringify(args)} ${input === INPUT ? '' : '(no final newline)'}`);
        if (real.stdout !== ours.stdout) console.log(`stdout real:\n${real.stdout}\nstdout ours:\n${ours.stdout}`);
        if (real.stderr !== ours.stderr) console.log(`stderr real: ${JSON.stringify(real.stderr)}\nstderr ours: ${JSON.stringify(ours.stderr)}`);
        if (real.status !== ours.exit) console.log(`exit real ${real.status} ours ${ours.exit}`);
      }
    }
  }
  console.log(`${bad} differences`);
});

import fc from 'fast-check';
it('regex engine matches GNU grep on random patterns', () => {
  const lines = ['aab', 'abab ba', 'b', '', 'ca-b_c', 'aaa bbb', 'a.b*c', 'xyz', 'ab(c)', 'BA ab'];
  const input = lines.join('\n') + '\n';
  const atom = fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', 'c', '\\<', '\\>', '^', '$', '[[:alpha:]]', '\\w', '-');
  const ere = fc.letrec<{ re: string }>((tie) => ({
    re: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.tuple(tie('re'), tie('re')).map(([x, y]) => x + y),
      fc.tuple(tie('re'), tie('re')).map(([x, y]) => `${x}|${y}`),
      fc.tuple(tie('re'), fc.constantFrom('*', '+', '?', '{1,2}', '{2}')).filter(([x]) => !/\\[<>]|[$^]/.test(x)).map(([x, q]) => `(${x})${q}`),
      atom.filter((x) => !['\\<', '\\>', '^', '$'].includes(x)).map((x) => `${x}*`),
    ),
  })).re;
  let bad = 0;
  fc.assert(
    fc.property(ere, fc.constantFrom([], ['-i'], ['-w'], ['-x'], ['-v']), (re, extra) => {
      for (const mode of [['-o'], ['-c'], []]) {
        if (mode[0] === '-o' && extra[0] === '-v') continue;
        const args = ['-E', ...mode, ...extra, '--', re];
        const real = spawnSync('grep', args, { input, timeout: 3000, encoding: 'utf8', env: { LC_ALL: 'C.UTF-8', PATH: process.env['PATH'] ?? '' } });
        const ours = runFilter('grep', args, input);
        if (real.stdout !== ours.stdout || real.status !== ours.exit) {
          bad += 1;
          if (bad < 15) console.log(`DIFF grep ${JSON.stringify(args)}\nreal ${real.status}: ${JSON.stringify(real.stdout)} ${real.stderr}\nours ${ours.exit}: ${JSON.stringify(ours.stdout)} ${ours.stderr}`);
        }
      }
    }),
    { numRuns: 1500, seed: 42 },
  );
  console.log(`${bad} regex differences`);
});
