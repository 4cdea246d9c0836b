/**
 * The Go template engine under hostile sources (extends template.prop.test.ts, which fuzzes
 * token soup and well-formed templates): nesting thousands deep, huge widths and pads,
 * strings that double every step, runaway loops. Every source ends in output or in a
 * `template: …` error worded in Go's style, never a JavaScript error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_TEXT } from './executor.js';
import { MAX_STACK_DEPTH } from './parser.js';
import { renderTemplate } from './template.js';
import { fuzzRuns } from '../testing/fuzz-context.js';

const JS_LEAK = /RangeError|TypeError|internal error|Maximum call stack|\bundefined\b|\[object /;

const render = (source: string) => renderTemplate(source, { A: 1, B: [1, 2], C: { x: 'y' } }, { maxSteps: 200_000 });

const expectGoShaped = (source: string): void => {
  const result = render(source);
  if (result._tag === 'Left') {
    expect(result.left.message.startsWith('template: ')).toBe(true);
    expect(result.left.message).not.toMatch(JS_LEAK);
  } else {
    expect(result.right.length).toBeLessThanOrEqual(MAX_TEMPLATE_TEXT);
  }
};

/** An opening and its closing, for nesting generators. */
const layer = fc.constantFrom<readonly [string, string]>(
  ['{{if .}}', '{{end}}'],
  ['{{range .B}}', '{{end}}'],
  ['{{with .C}}', '{{end}}'],
  ['{{block "b" .}}', '{{end}}'],
  ['{{if .A}}x{{else if .A}}', '{{end}}'],
  ['{{(', ')}}'],
  ['{{print (', ')}}'],
);

describe('template engine (fuzz property)', () => {
  it('property: nesting of any depth is rendered or refused in words', () => {
    fc.assert(
      fc.property(fc.array(layer, { minLength: 1, maxLength: 4 }), fc.nat({ max: 3 * MAX_STACK_DEPTH }), fc.boolean(), (layers, depth, balanced) => {
        const opens: string[] = [];
        const closes: string[] = [];
        for (let i = 0; i < depth; i++) {
          const [open, close] = layers[i % layers.length] ?? ['', ''];
          // Inside an action only parentheses nest; outside, only control structures.
          opens.push(open);
          closes.unshift(close);
        }
        const source = `${opens.join('')}.${balanced ? closes.join('') : ''}`;
        expectGoShaped(source);
      }),
      { numRuns: fuzzRuns(60) },
    );
  });

  it('property: functions that build huge strings are refused, not allowed to exhaust memory', () => {
    const big = fc.oneof(fc.integer({ min: 0, max: 2_000_000_000 }), fc.constantFrom(1e6, 1e6 + 1, MAX_TEMPLATE_TEXT, MAX_TEMPLATE_TEXT + 1));
    const source = fc.oneof(
      fc.tuple(big, big).map(([a, b]) => `{{pad "x" ${a} ${b} | len}}`),
      big.map((n) => `{{printf "%${n}d" 1 | len}}`),
      big.map((n) => `{{printf "%*d" ${n} 1 | len}}`),
      big.map((n) => `{{printf "%.*f" ${n} 1.5 | len}}`),
      fc.nat({ max: 64 }).map((n) => `{{$x := "ab"}}{{range ${n}}}{{$x = printf "%s%s" $x $x}}{{end}}{{len $x}}`),
      fc.nat({ max: 64 }).map((n) => `{{$x := "ab"}}{{range ${n}}}{{$x = join (split $x "") $x}}{{end}}{{len $x}}`),
      big.map((n) => `{{range ${n}}}{{printf "%1000d" 1}}{{end}}`),
    );
    fc.assert(fc.property(source, expectGoShaped), { numRuns: fuzzRuns(40) });
  });

  it('property: runaway loops and recursion stop at the step and depth bounds', () => {
    for (const source of [
      '{{range 100000000}}x{{end}}',
      '{{range 1000}}{{range 1000}}{{range 1000}}x{{end}}{{end}}{{end}}',
      '{{define "t"}}{{template "t" .}}{{end}}{{template "t" .}}',
      '{{define "t"}}{{range 2}}{{template "t" .}}{{end}}{{end}}{{template "t" .}}',
    ]) {
      const result = render(source);
      expect(result._tag).toBe('Left');
      if (result._tag === 'Left') expect(result.left.message).toMatch(/exceeded|depth/);
    }
  });

  it('property: long flat templates parse in linear work', () => {
    expectGoShaped('{{$a := 1}}'.repeat(50_000));
    expectGoShaped(`{{.${'A'.repeat(1_000_000)}}}`);
    expectGoShaped('x'.repeat(5_000_000));
    expectGoShaped(`{{print ${'1 '.repeat(100_000)}}}`);
    expectGoShaped(`{{.${' | print'.repeat(20_000)}}}`);
  });
});
