import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './parse-command-line.js';
import { quotePipeline, quoteWord } from './quote-word.js';

const shellish = fc.string({
  unit: fc.constantFrom(...' \t\n\\\'"$`|&;<>()#{}*~=-ab1'.split(''), 'sudo ', '$(', '\\\n'),
  maxLength: 60,
});

describe('parseCommandLine properties', () => {
  it('property: never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), shellish, fc.string({ unit: 'binary' })), (line) => {
        const result = parseCommandLine(line);
        if (E.isLeft(result)) {
          expect(result.left.index).toBeGreaterThanOrEqual(0);
          expect(result.left.index).toBeLessThanOrEqual(line.length);
        } else {
          for (const stage of result.right.stages) expect(stage.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('property: quoteWord round-trips any word list', () => {
    const word = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), shellish);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        expect(parseCommandLine(words.map(quoteWord).join(' '))).toEqual(E.right({ stages: [words] }));
      }),
    );
  });

  it('property: quotePipeline round-trips any pipeline of non-empty stages', () => {
    const stage = fc.array(fc.string(), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(stage, { minLength: 1, maxLength: 4 }), (stages) => {
        expect(parseCommandLine(quotePipeline({ stages }))).toEqual(E.right({ stages }));
      }),
    );
  });
});
