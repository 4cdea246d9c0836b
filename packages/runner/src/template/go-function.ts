import type { Either } from 'fp-ts/lib/Either.js';
import type { GoValue, ValueModel } from './go-value.js';

/**
 * The Go parameter types a template function can declare. They decide how arguments are
 * checked (`wrong type for value; expected string; got int`) and how literals convert:
 * `value` is `reflect.Value` (anything, even a missing value), `any` is `interface{}`.
 */
export type ParamType = 'string' | 'int' | 'bool' | '[]string' | 'any' | 'value';

/** A function callable from a template, with Go's signature for argument checking. */
export interface GoFunction {
  readonly params: readonly ParamType[];
  /** Element type of a final variadic parameter (`...T`), if any. */
  readonly variadic?: ParamType;
  /** A Left is reported as `error calling NAME: MESSAGE`. */
  readonly call: (args: readonly GoValue[], model: ValueModel) => Either<string, GoValue>;
}

/** Functions by name. */
export type FuncMap = ReadonlyMap<string, GoFunction>;
