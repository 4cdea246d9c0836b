import { describe, expect, test } from 'vitest';
import { right } from 'fp-ts/lib/Either.js';
import type { ExecuteOptions } from './template.js';
import { renderTemplate } from './template.js';
import type { TemplateValue } from './template-value.js';
import { goMap, goStruct } from './template-value.js';

function render(src: string, data: TemplateValue, opts: ExecuteOptions = {}): string {
  const r = renderTemplate(src, data, opts);
  if (r._tag === 'Left') throw new Error(r.left.message);
  return r.right;
}

const container = {
  Name: '/web',
  NetworkSettings: {
    Networks: {
      front: { IPAddress: '172.18.0.2', Aliases: ['web', 'a1b2'], IPPrefixLen: 16 },
      bridge: { IPAddress: '172.17.0.2', Aliases: null, IPPrefixLen: 16 },
    },
    Ports: { '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }], '443/tcp': null },
  },
};

describe('field access and printing', () => {
  test('strings print raw, numbers as Go prints them, booleans as true/false', () => {
    expect(render('{{.S}} {{.I}} {{.F}} {{.B}} {{.Big}}', { S: 'x y', I: 16, F: 1.5, B: false, Big: 1e21 })).toBe(
      'x y 16 1.5 false 1000000000000000000000',
    );
  });
  test('a missing map key prints <no value>; a null in a map too (the nil interface is dug out)', () => {
    expect(render('{{.Missing}}|{{.Null}}|{{.A.B}}', { Null: null })).toBe('<no value>|<no value>|<no value>');
  });
  test('nil inside containers prints <nil>', () => {
    expect(render('{{.}}', { a: [1, null], b: null })).toBe('map[a:[1 <nil>] b:<nil>]');
  });
  test('print of a missing value passes nil to fmt', () => {
    expect(render('{{print .Missing}}|{{.Missing | print}}|{{printf "%v" .Missing}}', {})).toBe('<nil>|<nil>|<nil>');
  });
  test('maps print with sorted keys, arrays with spaces', () => {
    expect(render('{{.NetworkSettings.Ports}}', container)).toBe('map[443/tcp:<nil> 80/tcp:[map[HostIp:0.0.0.0 HostPort:8080]]]');
    expect(render('{{.L}}', { L: ['a', 'b c', 3] })).toBe('[a b c 3]');
    expect(render('{{.E}}|{{.M}}', { E: [], M: {} })).toBe('[]|map[]');
  });
  test('keys sort by byte order, not insertion or UTF-16 order', () => {
    expect(render('{{.}}', new Map<string, TemplateValue>([['b', 1], ['B', 2], ['😀', 3], ['\uffee', 4], ['10', 5], ['9', 6]]))).toBe(
      'map[10:5 9:6 B:2 b:1 \uffee:4 😀:3]',
    );
  });
  test('the root data can be anything; null data is no value', () => {
    expect(render('{{.}}', 'x')).toBe('x');
    expect(render('{{.}}', null)).toBe('<no value>');
    expect(render('{{.Foo}}', null)).toBe('<no value>');
  });
  test('floats print with %v rules', () => {
    expect(render('{{.A}} {{.B}} {{.C}} {{.D}} {{.E}}', { A: 1000000.5, B: 1234567.5, C: 0.0001, D: 0.00001, E: -2.5e-7 })).toBe(
      '1.0000005e+06 1.2345675e+06 0.0001 1e-05 -2.5e-07',
    );
    expect(render('{{1.0}} {{1e6}} {{123456.0}} {{1e21}}', {})).toBe('1 1e+06 123456 1e+21');
  });
  test('literals', () => {
    expect(render(`{{"a\\tb"}}|{{\`raw\\n\`}}|{{'a'}}|{{0x1F}}|{{-3}}|{{true}}|{{1_000}}|{{0o17}}|{{0b101}}`, {})).toBe(
      'a\tb|raw\\n|97|31|-3|true|1000|15|5',
    );
  });
});

describe('control structures', () => {
  test('range over a map visits keys in sorted order', () => {
    expect(render('{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}};{{end}}', container)).toBe(
      'bridge=172.17.0.2;front=172.18.0.2;',
    );
  });
  test('the tutorial idiom: range over networks printing .IPAddress', () => {
    expect(render('{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}', container)).toBe('172.17.0.2172.18.0.2');
  });
  test('range over an array with index, else for empty, nil ranges as empty', () => {
    expect(render('{{range $i, $a := .L}}{{$i}}:{{$a}} {{end}}', { L: ['x', 'y'] })).toBe('0:x 1:y ');
    expect(render('{{range .L}}x{{else}}empty{{end}}', { L: [] })).toBe('empty');
    expect(render('{{range .Missing}}x{{else}}empty{{end}}', {})).toBe('empty');
    expect(render('{{range .N}}x{{else}}empty{{end}}', { N: null })).toBe('empty');
  });
  test('range with one variable gets the element; over an integer (Go 1.22)', () => {
    expect(render('{{range $e := .}}{{$e}}{{end}}', ['a', 'b'])).toBe('ab');
    expect(render('{{range 3}}{{.}}{{end}}|{{range $i := 2}}{{$i}}{{end}}|{{range 0}}x{{else}}none{{end}}', {})).toBe('012|01|none');
  });
  test('break and continue', () => {
    expect(render('{{range .}}{{if eq . 2}}{{continue}}{{end}}{{if eq . 4}}{{break}}{{end}}{{.}}{{end}}', [1, 2, 3, 4, 5])).toBe('13');
  });
  test('if / else if / else and with / else with', () => {
    const t = '{{if eq .A 1}}one{{else if eq .A 2}}two{{else}}other{{end}}';
    expect([1, 2, 3].map((A) => render(t, { A }))).toEqual(['one', 'two', 'other']);
    expect(render('{{with .X}}[{{.}}]{{else with .Y}}<{{.}}>{{else}}none{{end}}', { X: '', Y: 'y' })).toBe('<y>');
  });
  test('truth: empty string, zero, empty list/map, false, nil are false; structs are true', () => {
    const t = '{{if .}}T{{else}}F{{end}}';
    const cases: TemplateValue[] = ['', 0, 0.0, [], {}, false, null, 'x', 1, [0], { a: 1 }, true];
    expect(cases.map((c) => render('{{if .v}}T{{else}}F{{end}}', { v: c }))).toEqual(['F', 'F', 'F', 'F', 'F', 'F', 'F', 'T', 'T', 'T', 'T', 'T']);
    expect(render(t, goStruct('T', {}))).toBe('T');
  });
  test('variables: declaration, assignment, scope ends at {{end}}', () => {
    expect(render('{{$x := 1}}{{if true}}{{$x = 2}}{{$y := 3}}{{end}}{{$x}}', {})).toBe('2');
    expect(render('{{$}}|{{with .A}}{{$.B}}{{end}}', { A: 'a', B: 'b' })).toBe('map[A:a B:b]|b');
    expect(render('{{range $i, $e := .}}{{end}}{{$x := 5}}{{$x}}', [1])).toBe('5');
  });
  test('whitespace trimming and comments', () => {
    expect(render('a  {{- .X -}}  b', { X: 'x' })).toBe('axb');
    expect(render('a \n {{- /* c */ -}} \n b{{/* d */}}', {})).toBe('ab');
    expect(render('{{-3}}', {})).toBe('-3');
  });
  test('define, template and block', () => {
    expect(render('{{define "ip"}}[{{.IPAddress}}]{{end}}{{range .NetworkSettings.Networks}}{{template "ip" .}}{{end}}', container)).toBe(
      '[172.17.0.2][172.18.0.2]',
    );
    expect(render('{{block "b" .A}}<{{.}}>{{end}}', { A: 'x' })).toBe('<x>');
  });
});

describe('pipelines and functions', () => {
  test('a pipeline passes the value as the last argument', () => {
    expect(render('{{.A | printf "%s-%s" "x"}}', { A: 'y' })).toBe('x-y');
    expect(render('{{"," | split "x,y,z" | len}}', {})).toBe('3');
  });
  test('parenthesised arguments and field access on results', () => {
    expect(render('{{(index .NetworkSettings.Ports "80/tcp" 0).HostPort}}', container)).toBe('8080');
    expect(render('{{range $p, $conf := .NetworkSettings.Ports}}{{$p}}{{if $conf}}->{{(index $conf 0).HostPort}}{{end}} {{end}}', container)).toBe(
      '443/tcp 80/tcp->8080 ',
    );
  });
  test('comparisons', () => {
    expect(render('{{eq .A "x"}} {{eq .A "y" "x"}} {{ne 1 2}} {{lt 1 2}} {{le 2 2}} {{gt "b" "a"}} {{ge 1.5 2.5}}', { A: 'x' })).toBe(
      'true true true true true true false',
    );
    expect(render('{{eq .Missing nil}} {{eq .Missing "x"}} {{eq .N 16}}', { N: 16 })).toBe('true false true');
  });
  test('and / or return an operand and short-circuit', () => {
    expect(render('{{and 1 0 .Missing.X}}|{{or "" "b"}}|{{and "a" "b"}}|{{or 0 ""}}|{{not .A}}', { A: '' })).toBe('0|b|b||true');
    expect(render('{{or .A (index .L 10)}}', { A: 'first', L: [] })).toBe('first');
  });
  test('len, index (maps, arrays, strings), slice', () => {
    expect(render('{{len .L}} {{len .M}} {{len "héllo"}}', { L: [1, 2], M: { a: 1 } })).toBe('2 1 6');
    expect(render('{{index .L 1}} {{index .M "a"}} {{index "abc" 1}} {{index .N 0 1}}', { L: [1, 2], M: { a: 'x' }, N: [[1, 2]] })).toBe('2 x 98 2');
    expect(render('{{slice .L 1}} {{slice "hello" 1 3}} {{slice .L}}', { L: [1, 2, 3] })).toBe('[2 3] el [1 2 3]');
  });
  test('index of a missing key: <no value> in an untyped map, the zero value in a typed one', () => {
    expect(render('[{{index .M "x"}}][{{index .L "x"}}]', { M: {}, L: goMap('string', {}) })).toBe('[<no value>][]');
  });
  test('print / println spacing rules', () => {
    expect(render('{{print 1 2 "a" "b" 3 .N}}', { N: null })).toBe('1 2ab3 <nil>');
    expect(render('{{println 1 "a"}}', {})).toBe('1 a\n');
  });
  test('html, js, urlquery', () => {
    expect(render(`{{html "<a href='x'>&</a>"}} {{js "it's <b>"}} {{urlquery "a b&c=d/é"}}`, {})).toBe(
      '&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt; it\\\'s \\u003Cb\\u003E a+b%26c%3Dd%2F%C3%A9',
    );
  });
});

describe("Docker's template functions", () => {
  test('json is compact, keeps field order and does not escape HTML', () => {
    expect(render('{{json .}}', { b: 1, a: '<x&y>', c: [1.5, 'a'], d: null, e: {} })).toBe('{"b":1,"a":"<x&y>","c":[1.5,"a"],"d":null,"e":{}}');
    expect(render('{{json .Missing}} {{json "a\\u2028b"}}', {})).toBe('null "a\\u2028b"');
    expect(render('{{json .NetworkSettings.Networks.front.Aliases}}', container)).toBe('["web","a1b2"]');
  });
  test('join, split, upper, lower, title', () => {
    expect(render('{{join .L ", "}}|{{split "a:b:c" ":"}}|{{upper "abc ß"}}|{{lower "ÀB"}}|{{title "hello wide-world_x"}}', { L: ['a', 'b'] })).toBe(
      'a, b|[a b c]|ABC ß|àb|Hello Wide-World_x',
    );
    expect(render('{{join (split "a.b" ".") "-"}}', {})).toBe('a-b');
  });
  test('pad adds spaces only around non-empty strings; truncate cuts bytes', () => {
    expect(render('[{{pad "x" 1 2}}][{{pad "" 1 2}}][{{truncate "abcdef" 3}}][{{truncate "ab" 3}}]', {})).toBe('[ x  ][][abc][ab]');
  });
});

describe('struct semantics (goStruct and strictFields)', () => {
  const ctx = goStruct('*network.networkContext', { ID: '0a1b2c3d4e5f', Name: 'bridge', Internal: false, Options: null });
  test('struct fields print in field order and nil fields as <nil>', () => {
    expect(render('{{.}}', ctx)).toBe('{0a1b2c3d4e5f bridge false <nil>}');
    expect(render('{{printf "%+v" .}}', ctx)).toBe('{ID:0a1b2c3d4e5f Name:bridge Internal:false Options:<nil>}');
    expect(render('{{.Options}}', ctx)).toBe('<nil>');
  });
  test('methods are called with checked arguments', () => {
    const withLabel = goStruct('*network.networkContext', { ID: 'x' }, {
      Label: { params: ['string'], call: (k) => right(k === 'a' ? 'A' : '') },
    });
    expect(render('[{{.Label "a"}}][{{.Label "b"}}]', withLabel)).toBe('[A][]');
  });
  test('strictFields makes untagged objects structs', () => {
    expect(render('{{.a}}', { a: 1 }, { strictFields: true })).toBe('1');
  });
  test('missingkey=zero gives the zero value of the element type', () => {
    expect(render('[{{.M.x}}][{{.A.x}}]', { M: goMap('string', {}), A: {} }, { missingKey: 'zero' })).toBe('[][<no value>]');
  });
});
