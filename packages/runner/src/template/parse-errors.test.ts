import { describe, expect, test } from 'vitest';
import { parseTemplate } from './template.js';

function parseError(src: string): string {
  const r = parseTemplate(src);
  if (r._tag === 'Right') throw new Error(`expected a parse error for ${src}`);
  expect(r.left.kind).toBe('parse');
  return r.left.message;
}

describe('parse errors are worded as Go words them', () => {
  test.each([
    // A missing brace, as reported by `docker volume ls --format {{.Name}`.
    ['{{.ID}', 'template: :1: unexpected "}" in operand'],
    ['{{range .Networks}}{{.IPAddress}}', 'template: :1: unexpected EOF'],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['a{{else}}b', 'template: :1: unexpected {{else}}'],
    ['{{foo .}}', 'template: :1: function "foo" not defined'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{}}', 'template: :1: missing value for command'],
    ['{{ }}', 'template: :1: missing value for command'],
    ['{{if}}{{end}}', 'template: :1: missing value for if'],
    ['{{.Foo', 'template: :1: unclosed action'],
    ['{{.A\n\n', 'template: :3: unclosed action started at :1'],
    ['{{"abc}}', 'template: :1: unterminated quoted string'],
    ['{{`abc}}', 'template: :1: unterminated raw quoted string'],
    ["{{'ab}}", 'template: :1: unterminated character constant'],
    ['{{.A | 3}}', 'template: :1: non executable command in pipeline stage 2'],
    ['{{.A.}}', 'template: :1: unexpected <.> in operand'],
    ['{{1.2.3}}', 'template: :1: unexpected ".3" in operand'],
    ['{{range $i, $e, $f := .}}{{end}}', 'template: :1: too many declarations in range'],
    ['{{with $a, $b := .}}{{end}}', 'template: :1: too many declarations in with'],
    ['{{break}}', 'template: :1: {{break}} outside {{range}}'],
    ['{{range .}}{{continue 1}}{{end}}', 'template: :1: unexpected "1" in {{continue}}'],
    ['{{#}}', 'template: :1: unexpected "#" in command'],
    ['{{.A}}{{/* x */ }}', 'template: :1: comment ends before closing delimiter'],
    ['{{/* x', 'template: :1: unclosed comment'],
    ['{{"\\z"}}', 'template: :1: invalid syntax'],
    ['{{0x}}', 'template: :1: illegal number syntax: "0x"'],
    ['{{3a}}', 'template: :1: bad number syntax: "3a"'],
    ['{{99999999999999999999}}', 'template: :1: integer overflow: "99999999999999999999"'],
    ['{{(.A}}', 'template: :1: unclosed left paren'],
    ['{{.A)}}', 'template: :1: unexpected right paren'],
    ['{{range .}}{{else}}{{else}}{{end}}', 'template: :1: expected end; found {{else}}'],
    ['{{.A ¬}}', "template: :1: unrecognized character in action: U+00AC '¬'"],
    ['{{"x".A}}', 'template: :1: unexpected . after term "\\"x\\""'],
    ['{{printf "%d" 1 | "x"}}', 'template: :1: non executable command in pipeline stage 2'],
    ['{{define "a"}}x', 'template: :1: unexpected EOF'],
    ['line one\n{{ }}', 'template: :2: missing value for command'],
  ])('%j', (src, message) => {
    expect(parseError(src)).toBe(message);
  });

  test('a long token is quoted to 10 runes', () => {
    expect(parseError('{{end "0123456789abc"}}')).toBe('template: :1: unexpected "\\"012345678"... in end');
  });
});

describe('accepted syntax', () => {
  test.each([
    '{{- .A -}}',
    '{{-3}}',
    '{{ .A }}\n{{ .B }}',
    '{{range $i, $e := .}}{{$i}}{{end}}',
    '{{if .A}}a{{else if .B}}b{{else}}c{{end}}',
    '{{with .A}}a{{else with .B}}b{{end}}',
    '{{/* a comment */}}',
    '{{- /* trimmed comment */ -}}',
    '{{(index . 0).Name}}',
    "{{'a'}} {{0x1F}} {{1e3}} {{1_000}} {{0o17}} {{0b101}}",
    '{{define "x"}}X{{end}}{{template "x" .}}',
    '{{block "b" .}}B{{end}}',
    '{{.A\n| printf "%s"}}',
    '{{$x:=1}}{{$x}}',
  ])('%j parses', (src) => {
    expect(parseTemplate(src)._tag).toBe('Right');
  });
});
