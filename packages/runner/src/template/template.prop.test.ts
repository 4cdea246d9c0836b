import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { executeTemplate, parseTemplate } from './template.js';
import type { TemplateValue } from './template-value.js';
import { goStruct } from './template-value.js';

const deep = process.env['DOCKNET_DEEP'] === '1';
const numRuns = deep ? 20_000 : 500;

const pieces = [
  '.', '.A', '.B', '.A.B', '.C.A', '$', '$x', '$.A', '"s"', '`r`', "'c'", '1', '-2', '1.5', '3', 'nil', 'true',
  '(', ')', '|', ' ', ' ', ':=', '=', ',', 'len', 'index', 'slice', 'printf', '"%v %d %s"', 'print', 'println',
  'eq', 'ne', 'lt', 'and', 'or', 'not', 'json', 'join', 'split', 'upper', 'title', 'pad', 'truncate', 'html', 'js',
  'urlquery', 'call', 'range', 'if', 'with', 'else', 'end', 'break', 'continue', '-', '/*', '*/', 'template', '"t"',
];

const action = fc
  .array(fc.constantFrom(...pieces), { maxLength: 8 })
  .map((toks) => `{{${toks.join('')}}}`);

const structure = fc.constantFrom(
  '{{range .}}', '{{range $i, $x := .A}}', '{{range 3}}', '{{if .A}}', '{{with .B}}', '{{else}}', '{{else if .C}}',
  '{{end}}', '{{break}}', '{{continue}}', '{{define "t"}}', '{{template "t" .}}', '{{$x := .A}}', '{{- ', ' -}}',
  '{{/* c */}}', '{{', '}}',
);

// Well-formed templates reach the executor; token soup and raw strings fuzz lexer and parser.
const operand = fc.constantFrom(
  '.', '.A', '.B', '.A.B', '.C.x', '$', '$.A', '"s"', '"%v-%5s|%d"', '`r`', "'c'", '1', '0', '-2', '1.5', '7', 'nil', 'true', 'false',
);
const fn = fc.constantFrom(
  'len', 'index', 'slice', 'printf', 'print', 'println', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'and', 'or', 'not',
  'json', 'join', 'split', 'upper', 'lower', 'title', 'pad', 'truncate', 'html', 'js', 'urlquery', 'call',
);
const call = fc
  .tuple(fn, fc.array(fc.oneof(operand, operand.map((o) => `(${o})`)), { maxLength: 3 }))
  .map(([f, args]) => [f, ...args].join(' '));
const pipeline = fc
  .tuple(fc.oneof(operand, call), fc.array(call, { maxLength: 2 }))
  .map(([first, rest]) => [first, ...rest].join(' | '));
const wellFormed = fc.letrec<{ body: string; block: string }>((tie) => ({
  body: fc
    .array(
      fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 3 }).filter((s) => !s.includes('{')),
        pipeline.map((p) => `{{${p}}}`),
        tie('block'),
      ),
      { maxLength: 4 },
    )
    .map((xs) => xs.join('')),
  block: fc
    .tuple(fc.constantFrom('range', 'if', 'with', 'range $i, $e :='), pipeline, tie('body'), fc.option(tie('body')))
    .map(([kw, p, b, e]) => `{{${kw} ${p}}}${b}${e === null ? '' : `{{else}}${e}`}{{end}}`),
})).body;

const template = fc.oneof(
  wellFormed,
  wellFormed,
  fc.array(fc.oneof(action, structure, fc.string({ maxLength: 4 })), { maxLength: 10 }).map((p) => p.join('')),
  fc.string({ maxLength: 30 }),
);

const key = fc.constantFrom('A', 'B', 'C', 'x');
const data: fc.Arbitrary<TemplateValue> = fc.letrec<{ value: TemplateValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -5, max: 5 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 5 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }).map((o) => goStruct('T', o)),
  ),
})).value;

describe('template engine properties', () => {
  test('property: parse and execute never throw, always terminate and are deterministic', () => {
    fc.assert(
      fc.property(template, data, fc.boolean(), (src, value, strict) => {
        const parsed = parseTemplate(src);
        if (parsed._tag === 'Left') {
          expect(parsed.left.message.startsWith('template: ')).toBe(true);
          return;
        }
        const opts = { maxSteps: 5000, strictFields: strict };
        const a = executeTemplate(parsed.right, value, opts);
        const b = executeTemplate(parsed.right, value, opts);
        expect(b).toEqual(a);
        if (a._tag === 'Left') expect(a.left.message.startsWith('template: ')).toBe(true);
      }),
      { numRuns },
    );
  });

  test('property: text without actions renders unchanged', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !s.includes('{{')), data, (text, value) => {
        const parsed = parseTemplate(text);
        expect(parsed._tag).toBe('Right');
        if (parsed._tag === 'Right') expect(executeTemplate(parsed.right, value)).toEqual({ _tag: 'Right', right: text });
      }),
      { numRuns },
    );
  });

  test('property: {{json .}} of JSON data parses back to the same data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const value = JSON.parse(JSON.stringify(raw)) as TemplateValue;
        const t = parseTemplate('{{json .}}');
        if (t._tag === 'Left') throw new Error(t.left.message);
        const out = executeTemplate(t.right, value);
        expect(out._tag).toBe('Right');
        if (out._tag === 'Right') expect(JSON.parse(out.right)).toEqual(value);
      }),
      { numRuns },
    );
  });
});
