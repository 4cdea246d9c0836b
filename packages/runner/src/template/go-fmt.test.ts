import { describe, expect, test } from 'vitest';
import { goSprintf } from './go-fmt.js';
import { formatGoFloat } from './go-float.js';
import type { GoValue } from './go-value.js';
import { INVALID, concrete, goFloat, goInt, goString } from './go-value.js';

const model = { strictFields: false };
const sprintf = (f: string, ...args: GoValue[]): string => goSprintf(f, args, model);

describe('fmt.Sprintf', () => {
  test.each<[string, GoValue[], string]>([
    ['%5.2f', [goFloat(3.14159)], ' 3.14'],
    ['%e', [goFloat(1234.5678)], '1.234568e+03'],
    ['%E', [goFloat(0.000123)], '1.230000E-04'],
    ['%g', [goFloat(1234.5678)], '1234.5678'],
    ['%g', [goFloat(0.00001234)], '1.234e-05'],
    ['%.3g', [goFloat(1234.5678)], '1.23e+03'],
    ['%6.2v', [goFloat(3.14159)], '   3.1'],
    ['%08.3f', [goFloat(-3.14159)], '-003.142'],
    ['%+.1f', [goFloat(2)], '+2.0'],
    ['%.0f %.0f %.1f', [goFloat(2.5), goFloat(3.5), goFloat(0.25)], '2 4 0.2'],
    ['%f', [goFloat(1e21)], '1000000000000000000000.000000'],
    ['%d|%+d|% d|%05d|%-5d|%5d', [goInt(5), goInt(5), goInt(5), goInt(-42), goInt(42), goInt(42)], '5|+5| 5|-0042|42   |   42'],
    ['%x %X %#x %o %#o %O %b %x', [goInt(255), goInt(255), goInt(255), goInt(8), goInt(8), goInt(8), goInt(5), goInt(-255)], 'ff FF 0xff 10 010 0o10 101 -ff'],
    ['%c %q %U %#U', [goInt(65), goInt(65), goInt(65), goInt(0x1f600)], "A 'A' U+0041 U+1F600 '😀'"],
    ['%.3d', [goInt(7)], '007'],
    ['%s|%5s|%-5s|%.2s|%q|%x|% x|%#x|%X', [goString('ab'), goString('ab'), goString('ab'), goString('日本語'), goString('a"b\n'), goString('hi'), goString('hi'), goString('hi'), goString('hi')], 'ab|   ab|ab   |日本|"a\\"b\\n"|6869|68 69|0x6869|6869'],
    ['%#q %+q', [goString('a`b'), goString('é')], '"a`b" "\\u00e9"'],
    ['%t %5t %v', [concrete(true, model), concrete(false, model), concrete(true, model)], 'true false true'],
    ['%v %d %s', [concrete([1, 2], model), concrete([1, 2], model), concrete(['a', 'b'], model)], '[1 2] [1 2] [a b]'],
    ['%d', [concrete(['a'], model)], '[%!d(string=a)]'],
    ['%v', [concrete({ b: 2, a: 1 }, model)], 'map[a:1 b:2]'],
    ['%T %T %T %T %T', [goInt(1), goString('s'), goFloat(1.5), concrete({}, model), concrete(['a'], model)], 'int string float64 map[string]interface {} []string'],
    ['%[2]d %[1]d', [goInt(1), goInt(2)], '2 1'],
    ['%*d|%-*d|', [goInt(5), goInt(42), goInt(4), goInt(7)], '   42|7   |'],
    ['%%', [], '%'],
    ['%z', [goInt(1)], '%!z(int=1)'],
    ['%d', [goString('x')], '%!d(string=x)'],
    ['%5d', [goString('ab')], '%!d(string=   ab)'],
    ['%s', [INVALID], '%!s(<nil>)'],
    ['%v', [INVALID], '<nil>'],
    ['%d %s', [], '%!d(MISSING) %!s(MISSING)'],
    ['%d', [goInt(1), goString('x'), INVALID], '1%!(EXTRA string=x, <nil>)'],
    ['abc%', [], 'abc%!(NOVERB)'],
    ['%!', [], '%!!(MISSING)'],
    ['%[3]d', [goInt(1)], '%!d(BADINDEX)'],
  ])('%j', (format, args, expected) => {
    expect(sprintf(format, ...args)).toBe(expected);
  });
});

describe("strconv.FormatFloat", () => {
  test.each<[number, string, number, string]>([
    [0, 'g', -1, '0'],
    [-0, 'g', -1, '-0'],
    [1e6, 'g', -1, '1e+06'],
    [123456, 'g', -1, '123456'],
    [1234567, 'g', -1, '1.234567e+06'],
    [0.0001, 'g', -1, '0.0001'],
    [0.00001, 'g', -1, '1e-05'],
    [1e100, 'g', -1, '1e+100'],
    [5e-324, 'g', -1, '5e-324'],
    [0.1 + 0.2, 'g', -1, '0.30000000000000004'],
    [100, 'e', -1, '1e+02'],
    [1.5, 'f', -1, '1.5'],
    [1.005, 'f', 2, '1.00'],
    [2.675, 'f', 2, '2.67'],
    [0.5, 'f', 0, '0'],
    [1.5, 'f', 0, '2'],
    [9.9999, 'e', 2, '1.00e+01'],
    [123.456, 'g', 4, '123.5'],
    [0, 'e', 3, '0.000e+00'],
    [NaN, 'g', -1, 'NaN'],
    [Infinity, 'g', -1, '+Inf'],
  ])('%s %s %s', (x, f, prec, expected) => {
    expect(formatGoFloat(x, f, prec)).toBe(expected);
  });
});
