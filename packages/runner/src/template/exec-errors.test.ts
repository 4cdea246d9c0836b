import { describe, expect, test } from 'vitest';
import type { ExecuteOptions } from './template.js';
import { renderTemplate } from './template.js';
import type { TemplateValue } from './template-value.js';
import { goStruct } from './template-value.js';

function execError(src: string, data: TemplateValue, opts: ExecuteOptions = {}): { message: string; partial: string } {
  const r = renderTemplate(src, data, opts);
  if (r._tag === 'Right') throw new Error(`expected an execution error, got ${JSON.stringify(r.right)}`);
  expect(r.left.kind).toBe('exec');
  return { message: r.left.message, partial: r.left.partialOutput };
}

describe('execution errors carry Go\'s location and context', () => {
  test('missingkey=error, as docker inspect\'s raw fallback runs', () => {
    expect(execError('{{.Foo}}', {}, { missingKey: 'error' }).message).toBe(
      'template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"',
    );
  });
  test('a chain points at its second field (Go builds the node there)', () => {
    expect(execError('{{range .NetworkSettings.Networks}}{{println .IPAddress}}{{end}}', {}, { missingKey: 'error' }).message).toBe(
      'template: :1:24: executing "" at <.NetworkSettings.Networks>: map has no entry for key "NetworkSettings"',
    );
  });
  test('wrong argument type, as `docker ps --format \'{{join .Names " or "}}\'` reports it', () => {
    expect(execError('{{join .Names " or "}}', { Names: 'web' }).message).toBe(
      'template: :1:7: executing "" at <.Names>: wrong type for value; expected []string; got string',
    );
  });
  test('an unknown struct field', () => {
    const ctx = goStruct('*network.networkContext', { ID: 'x' });
    expect(execError('{{.ID}} {{.Foo}}', ctx)).toEqual({
      message: 'template: :1:10: executing "" at <.Foo>: can\'t evaluate field Foo in type *network.networkContext',
      partial: 'x ',
    });
  });
  test('strictFields names untagged objects as anonymous Go structs', () => {
    expect(execError('{{.Foo}}', { ID: 'x', N: 1, L: ['a'], M: {}, Z: null }, { strictFields: true }).message).toBe(
      'template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type struct { ID string; N int; L []string; M struct {}; Z interface {} }',
    );
  });
  test('lines and byte columns', () => {
    expect(execError('line one\n  {{.Foo}}', {}, { missingKey: 'error' }).message).toMatch(/^template: :2:4: /);
    expect(execError('é{{.Foo}}', {}, { missingKey: 'error' }).message).toMatch(/^template: :1:4: /);
  });
  test('partial output is kept, as Go leaves it in the writer', () => {
    expect(execError('abc{{.A.B}}def', { A: 'x' }).partial).toBe('abc');
  });
  test.each<[string, TemplateValue, string]>([
    ['{{.A.B}}', { A: 'x' }, 'template: :1:4: executing "" at <.A.B>: can\'t evaluate field B in type interface {}'],
    ['{{$x := .A}}{{$x.B}}', { A: 'x' }, 'template: :1:16: executing "" at <$x.B>: can\'t evaluate field B in type string'],
    ['{{.A.B}}', { A: null }, 'template: :1:4: executing "" at <.A.B>: nil pointer evaluating interface {}.B'],
    ['{{.A "x"}}', { A: 'a' }, 'template: :1:2: executing "" at <.A>: A is not a method but has arguments'],
    ['{{nil}}', {}, 'template: :1:2: executing "" at <nil>: nil is not a command'],
    ['{{"a" "b"}}', {}, 'template: :1:2: executing "" at <"a">: can\'t give argument to non-function "a"'],
    ['{{range .S}}{{end}}', { S: 'x' }, 'template: :1:8: executing "" at <.S>: range can\'t iterate over x'],
    ['{{range $i, $e := 3}}{{end}}', {}, 'template: :1:18: executing "" at <3>: can\'t use 3 to iterate over more than one variable'],
    ['{{index .L 5}}', { L: [1] }, 'template: :1:2: executing "" at <index .L 5>: error calling index: index out of range: 5'],
    ['{{index .L 1}}', { L: [1] }, 'template: :1:2: executing "" at <index .L 1>: error calling index: reflect: slice index out of range'],
    ['{{index .M 1}}', { M: {} }, 'template: :1:2: executing "" at <index .M 1>: error calling index: value has type int; should be string'],
    ['{{index .S "a"}}', { S: true }, 'template: :1:2: executing "" at <index .S "a">: error calling index: can\'t index item of type bool'],
    ['{{len 3}}', {}, 'template: :1:2: executing "" at <len 3>: error calling len: len of type int'],
    ['{{len .Missing}}', {}, 'template: :1:2: executing "" at <len .Missing>: error calling len: reflect: call of reflect.Value.Type on zero Value'],
    ['{{lt "a" 1}}', {}, 'template: :1:2: executing "" at <lt "a" 1>: error calling lt: incompatible types for comparison: string and int'],
    ['{{eq 1 1.0}}', {}, 'template: :1:2: executing "" at <eq 1 1.0>: error calling eq: incompatible types for comparison: int and float64'],
    ['{{eq .L .L}}', { L: [1] }, 'template: :1:2: executing "" at <eq .L .L>: error calling eq: non-comparable type [1]: []interface {}'],
    ['{{lt true false}}', {}, 'template: :1:2: executing "" at <lt true false>: error calling lt: invalid type for comparison'],
    ['{{truncate .ID 1.5}}', { ID: 'abc' }, 'template: :1:15: executing "" at <1.5>: expected integer; found 1.5'],
    ['{{upper 3}}', {}, 'template: :1:8: executing "" at <3>: expected string; found 3'],
    ['{{upper .N}}', { N: 3 }, 'template: :1:8: executing "" at <.N>: wrong type for value; expected string; got int'],
    ['{{upper .Missing}}', {}, 'template: :1:8: executing "" at <.Missing>: invalid value; expected string'],
    ['{{upper nil}}', {}, 'template: :1:8: executing "" at <nil>: cannot assign nil to string'],
    ['{{upper}}', {}, 'template: :1:2: executing "" at <upper>: wrong number of args for upper: want 1 got 0'],
    ['{{and}}', {}, 'template: :1:2: executing "" at <and>: wrong number of args for and: want at least 1 got 0'],
    ['{{pad "x" -1 0}}', {}, 'template: :1:2: executing "" at <pad "x" -1 0>: error calling pad: strings: negative Repeat count'],
    ['{{template "x"}}', {}, 'template: :1:11: executing "" at <{{template "x"}}>: template "x" not defined'],
    ['{{(nil).A}}', {}, 'template: :1:3: executing "" at <nil>: nil is not a command'],
    ['{{call .F}}', { F: 'x' }, 'template: :1:2: executing "" at <call .F>: error calling call: non-function .F of type string'],
  ])('%j', (src, data, message) => {
    expect(execError(src, data).message).toBe(message);
  });

  test('missingkey=error on a missing root', () => {
    expect(execError('{{.A.B}}', { A: null }, { missingKey: 'error' }).message).toBe(
      'template: :1:4: executing "" at <.A.B>: nil pointer evaluating interface {}.B',
    );
  });

  test('runaway recursion stops with an error instead of overflowing', () => {
    expect(execError('{{define "r"}}{{template "r" .}}{{end}}{{template "r" .}}', {}).message).toMatch(/exceeded maximum template depth/);
  });
});
