/**
 * The engine (daemon) ID that `docker info` shows as `ID`: a version-4 UUID since Docker 23
 * (`daemon/uuid.go`), here derived from the seed and the host name.
 *
 * @example
 * engineId(0, 'docker-host') // 'xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx'
 */
export declare function engineId(seed: number, host: string): string;
//# sourceMappingURL=engine-id.d.ts.map