import type { Api } from './registry';

/**
 * The API, with how long it has been quiet: 0 while a request is being answered, else the time since the last one
 * ended (since the API was made, before the first). Housekeeping such as the daily backup waits for a pause.
 */
export function withActivityClock(api: Api): { readonly api: Api; readonly quietFor: () => number } {
  let last = performance.now();
  let answering = 0;
  return {
    api: {
      async call(channel, input) {
        answering++;
        try {
          return await api.call(channel, input);
        } finally {
          answering--;
          last = performance.now();
        }
      },
    },
    quietFor: () => (answering > 0 ? 0 : performance.now() - last),
  };
}
