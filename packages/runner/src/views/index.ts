/**
 * Views: what Docker prints, computed from the engine state. Every function here is pure
 * and reads the state without changing it. This list is the folder's public surface.
 */
export type { GoJson, GoJsonStruct } from './go-json/go-json-value.js';
export { goMapOf, compareBytes } from './go-json/go-json-value.js';
export { renderGoJson, renderGoJsonCompact, renderInspectArray, goJsonString } from './go-json/render-go-json.js';

export {
  ZERO_TIME,
  formatCreated,
  formatContainerTime,
  goTimeString,
  instantOf,
  isZeroTime,
  truncateToSeconds,
} from './time/docker-time.js';

export { naturalLess, naturalCompare } from './sort/natural-less.js';

export type { Lookup } from './lookup/find-object.js';
export { lookupContainer, lookupNetwork } from './lookup/find-object.js';

export { networkInspectJson } from './network-inspect/network-inspect.js';
export { containerInspectJson } from './container-inspect/container-inspect.js';
export { networkSettingsJson, portsJson } from './container-inspect/network-settings.js';
export { endpointSettingsJson } from './container-inspect/endpoint-settings.js';
export { hostConfigJson, restartPolicyJson } from './container-inspect/host-config.js';
export { containerConfigJson } from './container-inspect/container-config.js';
export { imageId, normalizeImageRef } from './container-inspect/image-id.js';

export type { InspectResult } from './inspect/inspect-targets.js';
export { inspectNetwork, inspectNetworks, inspectObject, inspectObjects } from './inspect/inspect-targets.js';
export { inspectStrings } from './inspect/inspect-strings.js';

export type { HostBinding, ContainerPortMap } from './port/container-ports.js';
export { containerPortMap, hasOwnPortMappings } from './port/container-ports.js';
export { portLines } from './port/port-lines.js';
export { portStrings } from './port/port-strings.js';

export type { PortSummary } from './ps/displayable-ports.js';
export { displayablePorts, joinHostPort, portSummaries } from './ps/displayable-ports.js';
export { ellipsis, charWidth } from './ps/ellipsis.js';
export { statusText, runningFor } from './ps/container-status.js';
export type { PsRow, PsRowOptions } from './ps/ps-row.js';
export { psRow, psTemplateRow, commandLine } from './ps/ps-row.js';
export { parsePsFilters, psFilterMatches } from './ps/ps-filters.js';
export type { PsOptions } from './ps/ps-table.js';
export { listedContainers, psRows, psTable } from './ps/ps-table.js';
export { PS_DEFAULT_FORMAT, PS_HEADERS, psStrings } from './ps/ps-strings.js';

export type { FilterArgs } from './filter/filter-args.js';
export { parseFilterArgs, filterStrings } from './filter/filter-args.js';
export { filterNetworks, parseNetworkFilters } from './network-ls/network-filters.js';
export type { NetworkRow } from './network-ls/network-row.js';
export { networkRow, networkTemplateRow, truncateId } from './network-ls/network-row.js';
export type { NetworkLsOptions } from './network-ls/network-ls.js';
export { networkLsRows, networkLsTable } from './network-ls/network-ls.js';
export { NETWORK_HEADERS, NETWORK_LS_DEFAULT_FORMAT, networkLsStrings } from './network-ls/network-ls-strings.js';

export { dockerErrorText, inspectAny, networkLsOutput, portOutput, psOutput, renderInspectJson } from './command-output.js';
