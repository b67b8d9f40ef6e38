import { guardEventPayload } from './event-payload.js';

// Runs as this module is evaluated, which src/index.ts arranges to happen before the toolkit is
// loaded: the toolkit parses the payload as it loads, and a broken one would end in a stack trace.
guardEventPayload();
