/**
 * The engine: `decide` and `evolve` built from a driver registry.
 *
 * @example
 * const engine = makeEngine(registry);
 * let state = engine.initialState({ profile: '28', seed: 0, at: '2020-01-01T00:00:00Z' });
 * const result = engine.decide(state, { host: 'docker-host', at, command });
 * if (isRight(result)) state = engine.fold(state, result.right);
 */
import * as E from 'fp-ts/lib/Either.js';
import { daemonError } from '../errors/docker-error.js';
import { profileFor } from '../profile/profile.js';
import { makeEvolve } from './evolve.js';
export const makeEngine = (registry) => {
    const evolve = makeEvolve(registry);
    const decide = (state, envelope) => {
        const host = state.hosts.get(envelope.host);
        if (host === undefined && envelope.command.type !== 'BootHost') {
            return E.left(daemonError(`no such host: ${envelope.host}`, 'not-found'));
        }
        const ctx = {
            state,
            host,
            hostName: envelope.host,
            profile: profileFor(state.profile),
            at: envelope.at,
            nonce: state.seq + 1,
        };
        const handler = registry.handlers[envelope.command.type];
        const stamp = (body, i) => ({
            seq: ctx.nonce + i,
            at: envelope.at,
            host: envelope.host,
            ...body,
        });
        return E.map((bodies) => bodies.map(stamp))(handler(ctx, envelope.command));
    };
    return {
        initialState: (header) => ({ profile: header.profile, seed: header.seed, seq: 0, at: header.at, hosts: new Map() }),
        decide,
        evolve,
        fold: (state, events) => {
            let s = state;
            for (const e of events)
                s = evolve(s, e);
            return s;
        },
    };
};
//# sourceMappingURL=engine.js.map