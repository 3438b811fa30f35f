// The window's `zod`: vite.config.ts sends every `import … from 'zod'` of the renderer build here, so this runs
// before any schema is built, in whichever chunk first loads zod (not the entry: the first screen needs none).
// Zod builds each object schema with a probe for eval (a `new Function` in a try/catch), and reads this setting
// when it builds one. The CSP forbids eval, and Chromium reports the caught probe as a violation all the same;
// without the eval fast path the schemas work alike.
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
