export { EVENT_LOG_KIND, EVENT_LOG_VERSION, EventLogHeaderCodec, integerAtLeast } from './header.js';
export { EnvelopeCodec } from './logged-event.js';
export { formatLogError } from './log-error.js';
export { canonicalJson, orderByCodec } from './canonical-json.js';
export { encodeEventLine, encodeHeader } from './encode.js';
export { readEventLog } from './read-event-log.js';
export { readableErrors } from './readable-errors.js';
export { syncDirectory, writeFileAtomic } from './write-file-atomic.js';
export { withLockFile } from './lock-file.js';
export { appendEvents } from './append-events.js';
export { scanEventLog, scanEventLogBytes } from './scan-event-log.js';
export { guardOf } from './codec-guard.js';
//# sourceMappingURL=index.js.map