import { afterEach, describe, expect, it, vi } from 'vitest';
import { withActivityClock } from './activity';
import type { Api } from './registry';

describe('withActivityClock', () => {
  afterEach(() => vi.useRealTimers());

  it('is never quiet while a request is answered, counts from its end, and passes requests and answers through', async () => {
    vi.useFakeTimers();
    let finish: (() => void) | undefined;
    const inner: Api = {
      call: (channel, input) =>
        new Promise((resolve) => (finish = () => resolve({ ok: true, value: { channel, input } }))),
    };
    const { api, quietFor } = withActivityClock(inner);
    vi.advanceTimersByTime(5000);
    expect(quietFor()).toBe(5000);

    const answer = api.call('app:info', {});
    vi.advanceTimersByTime(1000);
    expect(quietFor()).toBe(0);
    finish?.();
    await expect(answer).resolves.toEqual({ ok: true, value: { channel: 'app:info', input: {} } });
    expect(quietFor()).toBe(0);
    vi.advanceTimersByTime(250);
    expect(quietFor()).toBe(250);
  });
});
