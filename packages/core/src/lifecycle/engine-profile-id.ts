/**
 * The engine profiles docknet reproduces (SPEC.md "Engine profiles"): each id stands for the
 * last release of that Docker Engine line.
 *
 * @example
 * const profile: EngineProfileId = '28';
 */
export type EngineProfileId = '20.10' | '27' | '28' | '29';

/** Every engine profile id, oldest first. */
export const ENGINE_PROFILE_IDS: readonly EngineProfileId[] = ['20.10', '27', '28', '29'];
