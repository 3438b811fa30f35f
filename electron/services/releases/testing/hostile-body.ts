/** What an attacker pastes into a release: each line must come out harmless. */
export const hostileBody = [
  '<p>Before<script>alert("script")</script> after</p>',
  '<p><img src="x" onerror="alert(\'onerror\')">Image<b onclick="alert(1)">bold</b></p>',
  '<p><a href="javascript:alert(\'js\')">js link</a> <a href="JaVaScRiPt:alert(1)">mixed</a> <a href="java&#x09;script:alert(1)">tab</a></p>',
  '<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a> <a href="//evil.example/x">relative</a></p>',
  '<svg onload="alert(\'svg\')"><script>alert(2)</script><a href="https://svg.example/">svg text</a></svg>',
  '<iframe src="https://evil.example/frame">frame text</iframe>',
  '<p style="width: expression(alert(\'css\')); background: url(javascript:alert(1))">styled</p><style>p { x: expression(alert(3)) }</style>',
  '<p><a href="https://iom.int/news?a=1&amp;b=2" target="_blank" rel="opener">IOM</a> <a href="mailto:press@iom.int">press@iom.int</a></p>',
].join('');
