import { setImmediate as immediate } from 'node:timers/promises';

/** Lets other work (a cancel request, a progress poll, the UI) run between chunks of a long import. */
export const yieldToEventLoop = () => immediate();
