import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from './html-to-text';

describe('HTML to text', () => {
  it('tells HTML from plain text', () => {
    expect(looksLikeHtml('<p>Jane Doe<br>UNHCR</p>')).toBe(true);
    expect(looksLikeHtml('Tel: +41 22 <not a tag> 917 9767')).toBe(false);
  });

  it('keeps the line structure of <br>, <p> and <li>', () => {
    expect(
      htmlToText('<p>For more information:</p><p>Jane Doe<br/>UNHCR</p><ul><li>John Roe</li><li>IOM</li></ul>'),
    ).toBe('For more information:\n\nJane Doe\nUNHCR\n\n- John Roe\n- IOM');
  });

  it('turns table rows into lines and cells into | columns', () => {
    const html =
      '<table><tr><th>Name</th><th>Phone</th></tr><tr><td>Jane Doe</td><td>+41 79 555 0101</td></tr></table>';
    expect(htmlToText(html)).toBe('Name | Phone\nJane Doe | +41 79 555 0101');
  });

  it('keeps a table row on one line when its cells hold several lines', () => {
    const html =
      '<table><tr><td><p>Jane Doe</p><p>Spokesperson</p></td><td>+41 79 555 0101<br>doe@unhcr.org</td></tr></table>';
    expect(htmlToText(html)).toBe('Jane Doe, Spokesperson | +41 79 555 0101, doe@unhcr.org');
  });

  it('decodes entities and treats source line breaks as spaces', () => {
    expect(
      htmlToText('<p>Sara O&rsquo;Neill,\n  Panam&aacute;,&nbsp;Tel:&#160;+507 301 7400 &amp; M&#xF3;vil</p>'),
    ).toBe('Sara O’Neill, Panamá,\u00a0Tel:\u00a0+507 301 7400 & Móvil');
  });

  it('keeps the address of a mailto: link whose text is not the address', () => {
    expect(htmlToText('<p>Youssef Amrani, <a href="mailto:yamrani@unicef.org?subject=Hi">Email</a></p>')).toBe(
      'Youssef Amrani, Email yamrani@unicef.org',
    );
    expect(htmlToText('<a href="mailto:a@b.org">a@b.org</a>')).toBe('a@b.org');
  });

  it('keeps a protected address hidden', () => {
    const html = '<a href="/cdn-cgi/l/email-protection" data-cfemail="3a49">[email&#160;protected]</a>';
    expect(htmlToText(html)).toBe('[email\u00a0protected]');
  });

  it('drops scripts, styles, menus, site header and footer', () => {
    const html =
      '<head><title>t</title></head><nav><a>Contact us</a></nav><script>var tel="+41";</script><p>Body</p><footer>Tel. +39 06 478 091</footer>';
    expect(htmlToText(html)).toBe('Body');
  });
});
