export { addNanoseconds, nanosecondsBetween, NS_PER_DAY, NS_PER_HOUR, NS_PER_MINUTE, NS_PER_SECOND, isInstant, parseInstant, } from './instant.js';
export { formatRfc3339Nano, inUtc } from './rfc3339.js';
export { humanDuration } from './human-duration.js';
export { createdAgo, exitedAgo, restartingAgo, upFor } from './docker-relative-time.js';
export { advanceSeconds, DEFAULT_TICK_NS, nextStep, now, stampEvent, startClock, } from './logical-clock.js';
export { civilFromDays, daysFromCivil } from './civil-date.js';
//# sourceMappingURL=index.js.map