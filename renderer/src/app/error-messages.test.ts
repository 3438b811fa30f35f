import { describe, expect, it } from 'vitest';
import { errorKinds } from '../../../electron/ipc/contract';
import { ApiError } from '../api/api-error';
import { en } from '../i18n/locales/en';
import { fr } from '../i18n/locales/fr';
import { describeError } from './error-messages';

describe('describeError', () => {
  it('gives every API error kind a sentence and what to do, in both languages', () => {
    for (const kind of [...errorKinds, 'Network'] as const) {
      const d = describeError(new ApiError(kind, 'detail'));
      expect(d.kind).toBe(kind);
      expect(d.titleKey).toBe(`errors.${kind}.title`);
      expect(d.actionKey).toBe(`errors.${kind}.action`);
      for (const strings of [en, fr]) {
        expect(strings.errors[kind].title.length, kind).toBeGreaterThan(5);
        expect(strings.errors[kind].action.length, kind).toBeGreaterThan(5);
      }
    }
  });

  it('treats anything that is not an ApiError as an internal error', () => {
    expect(describeError(new TypeError('x is undefined')).kind).toBe('Internal');
    expect(describeError('boom').kind).toBe('Internal');
  });

  it('keeps an unknown kind from a newer server from reaching the UI as is', () => {
    expect(ApiError.fromBody({ kind: 'Teapot' as never, message: 'short and stout' }).kind).toBe('Internal');
  });
});
