import { describe, expect, it } from 'vitest';
import { phonePreview } from './contact-channels';

describe('phonePreview', () => {
  it('shows an international number in the international format the server displays', () => {
    expect(phonePreview('+32486511212', null)).toEqual({ international: '+32 486 51 12 12', country: 'BE' });
    expect(phonePreview('0032 2 627 59 58', null)).toEqual({ international: '+32 2 627 59 58', country: 'BE' });
  });

  it('groups a national number with the office’s country', () => {
    expect(phonePreview('02 287 71 15', 'BE')).toEqual({ international: '+32 2 287 71 15', country: 'BE' });
  });

  it('says nothing until there is enough of a number, or when it cannot be one', () => {
    expect(phonePreview('02 28', 'BE')).toBeNull();
    expect(phonePreview('02 287 71 15', null)).toBeNull();
    expect(phonePreview('+32 1', null)).toBeNull();
  });
});
