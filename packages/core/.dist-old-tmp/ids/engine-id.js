import { digest, toHex } from './digest.js';
/**
 * The engine (daemon) ID that `docker info` shows as `ID`: a version-4 UUID since Docker 23
 * (`daemon/uuid.go`), here derived from the seed and the host name.
 *
 * @example
 * engineId(0, 'docker-host') // 'xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx'
 */
export function engineId(seed, host) {
    const bytes = Uint8Array.from(digest(['docknet-engine', seed, host]).subarray(0, 16));
    // RFC 4122 version 4 and variant bits, exactly as a random UUID has them.
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = toHex(bytes);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
//# sourceMappingURL=engine-id.js.map