import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from 'fp-ts/lib/Either.js';
import type { FuncMap, GoFunction } from './go-function.js';
import { goJsonEncode } from './go-json.js';
import { goSplit, goTitle, goToLower, goToUpper } from './go-strings.js';
import type { GoValue } from './go-value.js';
import { INVALID, goString, goStringSlice, toTemplateValue } from './go-value.js';
import { utf8Bytes, utf8Decode } from './utf8.js';

/**
 * The functions docker/cli adds to every template (`templates/templates.go`
 * `basicFunctions`) and the identity stand-ins it swaps in to render table headers
 * (`HeaderFunctions`).
 */

function arg(args: readonly GoValue[], i: number): GoValue {
  return args[i] ?? INVALID;
}
function s(v: GoValue): string {
  return v.kind === 'string' ? v.value : '';
}
function n(v: GoValue): number {
  return v.kind === 'int' ? v.value : 0;
}
function strings(v: GoValue): readonly string[] {
  return v.kind === 'slice' ? v.items.filter((x): x is string => typeof x === 'string') : [];
}
const str = (x: string): Either<string, GoValue> => right(goString(x));

/** Docker's `pad`: spaces around a non-empty string (Go panics on a negative count). */
function pad(source: string, prefix: number, suffix: number): Either<string, GoValue> {
  if (source === '') return str(source);
  if (prefix < 0 || suffix < 0) return left('strings: negative Repeat count');
  return str(' '.repeat(prefix) + source + ' '.repeat(suffix));
}

/** Docker's `truncate`: the first `length` bytes, as Go slices strings. */
function truncate(source: string, length: number): Either<string, GoValue> {
  const bytes = utf8Bytes(source);
  if (bytes.length < length) return str(source);
  if (length < 0) return left(`runtime error: slice bounds out of range [:${length}]`);
  return str(utf8Decode(bytes.slice(0, length)));
}

const basic: Record<string, GoFunction> = {
  // Docker encodes with SetEscapeHTML(false) and trims the Encoder's trailing newline; an
  // encoding error (NaN) is ignored and leaves the output empty.
  json: {
    params: ['any'],
    call: (a) => str(goJsonEncode(toTemplateValue(arg(a, 0)), { escapeHTML: false }) ?? ''),
  },
  split: { params: ['string', 'string'], call: (a) => right(goStringSlice(goSplit(s(arg(a, 0)), s(arg(a, 1))))) },
  join: { params: ['[]string', 'string'], call: (a) => str(strings(arg(a, 0)).join(s(arg(a, 1)))) },
  title: { params: ['string'], call: (a) => str(goTitle(s(arg(a, 0)))) },
  lower: { params: ['string'], call: (a) => str(goToLower(s(arg(a, 0)))) },
  upper: { params: ['string'], call: (a) => str(goToUpper(s(arg(a, 0)))) },
  pad: { params: ['string', 'int', 'int'], call: (a) => pad(s(arg(a, 0)), n(arg(a, 1)), n(arg(a, 2))) },
  truncate: { params: ['string', 'int'], call: (a) => truncate(s(arg(a, 0)), n(arg(a, 1))) },
};

const identity = (a: readonly GoValue[]): Either<string, GoValue> => right(arg(a, 0));

const header: Record<string, GoFunction> = {
  ...basic,
  json: { params: ['string'], call: identity },
  split: { params: ['string', 'string'], call: identity },
  join: { params: ['string', 'string'], call: identity },
  title: { params: ['string'], call: identity },
  lower: { params: ['string'], call: identity },
  upper: { params: ['string'], call: identity },
  truncate: { params: ['string', 'int'], call: identity },
};

/** docker/cli's `basicFunctions`. */
export const DOCKER_FUNCTIONS: FuncMap = new Map(Object.entries(basic));

/** docker/cli's `HeaderFunctions` (with `pad` kept, so headers stay aligned with cells). */
export const DOCKER_HEADER_FUNCTIONS: FuncMap = new Map(Object.entries(header));
