import { describe, expect, it } from 'vitest';
import { isAppUrl, rawAppPath } from './app-origin';

describe('app origin', () => {
  it.each([
    'app://pressdesk/',
    'app://pressdesk/index.html',
    'app://pressdesk/index.html#/contacts',
    'app://pressdesk',
  ])('accepts %s', (url) => expect(isAppUrl(url)).toBe(true));

  it.each([
    'app://pressdesk.evil/',
    'app://pressdeskevil/',
    'app://evil/pressdesk',
    'app://pressdesk@evil/',
    'app://user:pw@pressdesk/',
    'app://pressdesk:8080/',
    'https://pressdesk/',
    'file:///app/out/renderer/index.html',
    'data:text/html,<h1>x</h1>',
    'javascript:alert(1)',
    'app:pressdesk',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));

  it('keeps the path exactly as written, without query or fragment', () => {
    expect(rawAppPath('app://pressdesk/assets/%2e%2e/x.js?v=1#top')).toBe('/assets/%2e%2e/x.js');
    expect(rawAppPath('app://pressdesk')).toBe('/');
    expect(rawAppPath('app://pressdesk/../../etc/passwd')).toBe('/../../etc/passwd');
  });
});
