export { hexId, shortId } from './hex-id.js';
export { swarmId } from './swarm-id.js';
export { engineId } from './engine-id.js';
export { vethName } from './veth-name.js';
export { macFromIPv4, randomMac } from './mac-address.js';
export { containerName, generateContainerName } from './container-name.js';
export { NAME_ADJECTIVES, NAME_SURNAMES } from './name-words.js';
//# sourceMappingURL=index.js.map