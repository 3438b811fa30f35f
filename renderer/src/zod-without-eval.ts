import { z } from 'zod';

// Zod builds each object schema with a probe for eval (a `new Function` in a try/catch). The CSP forbids eval, and
// Chromium reports the caught probe as a violation all the same; without the eval fast path the schemas work alike.
z.config({ jitless: true });
