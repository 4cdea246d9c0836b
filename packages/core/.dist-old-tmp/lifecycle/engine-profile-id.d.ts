/** The lifecycle's wording varies by engine profile; the profile ids are core's. */
export type { ProfileId as EngineProfileId } from '../profile/profile.js';
//# sourceMappingURL=engine-profile-id.d.ts.map