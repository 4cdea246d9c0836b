import { describe, expect, it } from 'vitest';
import { DOCKNET_COMMANDS } from './index.js';

describe('DOCKNET_COMMANDS', () => {
  it('names each command as its own spec does, once', async () => {
    const loaded = await Promise.all(DOCKNET_COMMANDS.map((c) => c.load()));
    expect(loaded.map((c) => c.spec.name)).toEqual(DOCKNET_COMMANDS.map((c) => c.name));
    expect(new Set(DOCKNET_COMMANDS.map((c) => c.name)).size).toBe(DOCKNET_COMMANDS.length);
  });
});
