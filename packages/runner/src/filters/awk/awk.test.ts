import { describe, expect, it } from 'vitest';
import { awk } from './awk.js';

const LS = `NETWORK ID     NAME      DRIVER    SCOPE
1b2c3d4e5f60   bridge    bridge    local
a1b2c3d4e5f6   host      host      local
f00dbabe0001   none      null      local
`;

describe('awk', () => {
  it('prints fields split on blanks', () => {
    expect(awk(['{print $2}'], LS).stdout).toBe('ID\nbridge\nhost\nnone\n');
    expect(awk(['{print $2, $1}'], 'a b\n').stdout).toBe('b a\n');
    expect(awk(['{print $1 $2}'], 'a b\n').stdout).toBe('ab\n');
    expect(awk(['{print $1 ":" $2}'], 'a b\n').stdout).toBe('a:b\n');
  });
  it('knows $0, $NF, $(NF-N), NR and NF', () => {
    expect(awk(['{print $NF}'], LS).stdout).toBe('SCOPE\nlocal\nlocal\nlocal\n');
    expect(awk(['{print $(NF-1), NF, NR}'], 'a b c\n').stdout).toBe('b 3 1\n');
    expect(awk(['{print $0}'], ' a  b \n').stdout).toBe(' a  b \n');
    expect(awk(['{print $9}'], 'a\n').stdout).toBe('\n');
  });
  it('runs NR/NF/field comparisons, numeric when both sides are numbers', () => {
    expect(awk(['NR==2 {print $1}'], LS).stdout).toBe('1b2c3d4e5f60\n');
    expect(awk(['NR>1 {print $2}'], LS).stdout).toBe('bridge\nhost\nnone\n');
    expect(awk(['$2 > 9'], 'a 10\nb 9\n').stdout).toBe('a 10\n');
    expect(awk(['$2 > "9"'], 'a 10\nb 9\n').stdout).toBe('');
    expect(awk(['$3 == "null" {print $2}'], LS).stdout).toBe('none\n');
    expect(awk(['NF == 0'], 'a\n\nb\n').stdout).toBe('\n');
  });
  it('runs regex patterns (ERE)', () => {
    expect(awk(['/bridge/ {print $2}'], LS).stdout).toBe('bridge\n');
    expect(awk(['!/local/'], LS).stdout).toBe('NETWORK ID     NAME      DRIVER    SCOPE\n');
    expect(awk(['$2 ~ /^(host|none)$/ {print $1}'], LS).stdout).toBe('a1b2c3d4e5f6\nf00dbabe0001\n');
    expect(awk(['$2 !~ "o"'], 'a b\nc o\n').stdout).toBe('a b\n');
  });
  it('prints the record for a bare pattern or print, and nothing for {}', () => {
    expect(awk(['NR==1'], 'a\nb\n').stdout).toBe('a\n');
    expect(awk(['{ print }'], 'a\n').stdout).toBe('a\n');
    expect(awk(['{}'], 'a\n').stdout).toBe('');
  });
  it('-F takes one character, a tab escape or an ERE', () => {
    expect(awk(['-F:', '{print $2}'], 'a:b c\n').stdout).toBe('b c\n');
    expect(awk(['-F', '"', '{print $4}'], '"IPAddress": "172.17.0.2",\n').stdout).toBe('172.17.0.2\n');
    expect(awk(['-F\\t', '{print $2}'], 'a\tb c\n').stdout).toBe('b c\n');
    expect(awk(['-F', '[,;]', '{print $3}'], 'a,b;c\n').stdout).toBe('c\n');
    expect(awk(['-F', ' ', '{print $2}'], 'a   b\n').stdout).toBe('b\n');
  });
  it('refuses programs outside the supported shape, naming the limit', () => {
    const result = awk(['{x++}'], 'a\n');
    expect(result.exit).toBe(2);
    expect(result.stderr).toMatch(/^awk: unsupported program: \{x\+\+\}\nawk: docknet's awk runs one rule/);
    expect(awk(['BEGIN {print 1}'], '').exit).toBe(2);
    expect(awk(['{print $1'], '').exit).toBe(2);
    expect(awk(['{printf "%s", $1}'], '').exit).toBe(2);
  });
  it("reports mawk's errors", () => {
    expect(awk(['-F'], '')).toMatchObject({ stderr: expect.stringMatching(/^awk: option -F lacks argument\n/), exit: 2 });
    expect(awk(['-q', '{print}'], '')).toEqual({ stdout: '', stderr: 'awk: not an option: -q\n', exit: 2 });
    expect(awk(['{print}', 'nofile'], '')).toEqual({ stdout: '', stderr: 'awk: cannot open nofile (No such file or directory)\n', exit: 2 });
    expect(awk(['{print $(NF-1)}'], 'a b\n\n')).toEqual({
      stdout: 'a\n',
      stderr: 'awk: run time error: negative field index $-1\n\tFILENAME="-" FNR=2 NR=2\n',
      exit: 2,
    });
    expect(awk(['/(/'], '').stderr).toMatch(/^awk: regular expression compile failed/);
  });
});
