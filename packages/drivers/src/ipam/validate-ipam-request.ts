/**
 * `docker network create`'s IPAM options from flags to stored config: the CLI's checks,
 * then the daemon's, for the CLI and engine versions of a profile (§3.1, §3.2).
 */
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { consolidateIpamCli, type IpamRequest } from './cli-ipam-config.js';
import { validateIpamDaemon, type ValidatedIpam } from './daemon-ipam-validation.js';

/** The version facts the IPAM checks depend on. */
export interface IpamValidationOptions {
  /** Docker CLI major version: 20 (20.10), 27, 28, 29 … */
  readonly cliMajor: number;
  /** Engine major version: 20 (20.10), 25+ has `ValidateIPAM` … */
  readonly engineMajor: number;
}

/**
 * A refusal, and who refused: the CLI prints its message as is (exit 1; a v29 flag error
 * is followed by the usage hint), the daemon's is printed after `Error response from daemon: `.
 */
export interface IpamError {
  readonly source: 'cli' | 'daemon';
  readonly message: string;
}

/**
 * Validates the IPAM flags of `docker network create` and returns the configs per family.
 *
 * @example
 * validateIpamRequest(
 *   { subnets: ['172.20.0.1/16'], ipRanges: [], gateways: [], auxAddresses: [], ipv6: false },
 *   { cliMajor: 28, engineMajor: 28 },
 * ) // left({ source: 'daemon', message: 'invalid network config:\ninvalid subnet 172.20.0.1/16: it should be 172.20.0.0/16' })
 */
export const validateIpamRequest = (
  request: IpamRequest,
  options: IpamValidationOptions,
): E.Either<IpamError, ValidatedIpam> =>
  pipe(
    consolidateIpamCli(request, options.cliMajor),
    E.mapLeft((message): IpamError => ({ source: 'cli', message })),
    E.chain((configs) =>
      pipe(
        validateIpamDaemon(configs, request.ipv6, options.engineMajor),
        E.mapLeft((message): IpamError => ({ source: 'daemon', message })),
      ),
    ),
  );
