import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseSource, splitAt } from './sources.js';

describe('parseSource', () => {
  it('reads @N, @end, @engine= and @seed= suffixes in any order', () => {
    expect(parseSource('a.yaml')).toEqual(E.right({ path: 'a.yaml', at: 'end' }));
    expect(parseSource('a.yaml@3')).toEqual(E.right({ path: 'a.yaml', at: 3 }));
    expect(parseSource('a.yaml@end')).toEqual(E.right({ path: 'a.yaml', at: 'end' }));
    expect(parseSource('a.yaml@engine=20.10@3')).toEqual(E.right({ path: 'a.yaml', at: 3, engine: '20.10' }));
    expect(parseSource('a.yaml@2@seed=7@engine=29')).toEqual(E.right({ path: 'a.yaml', at: 2, engine: '29', seed: 7 }));
  });

  it('leaves an @ that is part of the path alone', () => {
    expect(parseSource('runs/@home/a.yaml@1')).toEqual(E.right({ path: 'runs/@home/a.yaml', at: 1 }));
    expect(splitAt('x@y.jsonl')).toEqual({ path: 'x@y.jsonl', at: 'end' });
  });

  it('refuses an unknown engine or a seed that is not an integer', () => {
    expect(parseSource('a.yaml@engine=19')).toEqual(E.left('a.yaml@engine=19: unknown engine "19" (one of 20.10, 27, 28, 29)'));
    expect(parseSource('a.yaml@seed=x')).toEqual(E.left('a.yaml@seed=x: the seed must be an integer, not "x"'));
  });
});
