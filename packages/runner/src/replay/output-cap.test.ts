import { describe, expect, it } from 'vitest';
import { capOutput, MAX_SHOWN_OUTPUT } from './output-cap.js';

describe('capOutput', () => {
  it('keeps short output whole', () => {
    expect(capOutput('a\nb\n')).toBe('a\nb\n');
    expect(capOutput('x'.repeat(MAX_SHOWN_OUTPUT))).toHaveLength(MAX_SHOWN_OUTPUT);
  });

  it('cuts long output at a line break and says how much was shown', () => {
    expect(capOutput('a\n'.repeat(10), 5)).toBe('a\na\n… docknet: output truncated: 4 of 20 characters shown');
    expect(capOutput('abcdefgh', 3)).toBe('abc\n… docknet: output truncated: 3 of 8 characters shown');
    const big = capOutput('line\n'.repeat(500_000));
    expect(big.length).toBeLessThan(MAX_SHOWN_OUTPUT + 100);
    expect(big).toMatch(/… docknet: output truncated: \d+ of 2500000 characters shown$/);
  });
});
