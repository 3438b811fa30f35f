import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumPath } from '../../e2e/support/browser-path';
import { ms, percentile, progress } from './stats';

/** The targets of issue #4, printed beside each figure (never asserted: a benchmark, not a test). */
const TARGETS = { keystroke_p95_ms: 50, first_rows_ms: 500, dropped_frames_ratio: 0.05, main_rss_mb: 300 };
const OPEN_RUNS = 5;
const TYPED_QUERIES = 50;
const SCROLL_FRAMES = 2000;
/** A key whose rows have not come after this long is reported, not waited for. */
const STUCK_MS = 5000;
/** Longer than the search box's throttle (25 ms), so the emptied box's own search has gone out. */
const SETTLE_MS = 200;
/** A frame later than one and a half vsyncs (60 Hz) means at least one frame was not drawn. */
const DROPPED_FRAME_MS = 25;

const READY = /^PressDesk is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=[A-Za-z0-9_-]+)$/;
const FIRST_ROW = '[role=grid][aria-busy=false] [role=row][aria-rowindex="2"]';

/**
 * The Contacts page in Chromium against browser mode on the benchmark's database: what a press officer feels.
 * `pressdesk serve` is the built CLI beside this bundle (out/node/cli.js), so the renderer is the shipped one.
 */
export async function runUiBenchmark(dbPath: string, queries: readonly string[]) {
  const server = await serve(dbPath);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.waitForSelector(FIRST_ROW);

    progress(`ui: opening Contacts ${OPEN_RUNS} times…`);
    const opens: number[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) {
      await page.goto('about:blank');
      const start = performance.now();
      await page.goto(`${server.origin}/#/contacts`);
      await page.waitForSelector(FIRST_ROW);
      opens.push(performance.now() - start);
    }

    progress(`ui: typing ${TYPED_QUERIES} queries key by key…`);
    const { samples: keystrokes, stuck } = await typeQueries(page, queries.slice(0, TYPED_QUERIES));

    progress(`ui: scrolling the whole table in ${SCROLL_FRAMES} frames…`);
    await page.getByRole('searchbox').fill('');
    await page.waitForSelector(FIRST_ROW);
    const frames = await scrollWholeTable(page);

    const memory = rss(server.child);
    return {
      ui_contacts_page: {
        what: 'Contacts page in Debian Chromium (headless) against browser mode, on the benchmark database',
        open_to_first_rows_ms: { median: ms(percentile(opens, 50)), max: ms(Math.max(...opens)), runs: OPEN_RUNS },
        keystroke_to_rows_ms: {
          p50: ms(percentile(keystrokes, 50)),
          p95: ms(percentile(keystrokes, 95)),
          keystrokes: keystrokes.length,
          no_rows_after_5_s: stuck,
          note: 'input event to the next frame after the rows of the new query replaced the old (the search box has no debounce)',
        },
        scroll: frames,
        main_process_rss_mb: memory,
        targets: TARGETS,
      },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * Types each query one key at a time, waiting for its rows before the next key, and measures in the page from the
 * keystroke to the first frame after the grid stopped being busy with the query that key made.
 */
async function typeQueries(page: Page, queries: readonly string[]) {
  await page.evaluate(MEASURE_KEYSTROKES);
  const box = page.getByRole('searchbox');
  const samples: number[] = [];
  const stuck: string[] = [];
  for (const query of queries) {
    await box.fill('');
    // Let the emptied box's search go out and finish, so the first key is measured alone.
    await sleep(SETTLE_MS);
    await page.waitForSelector(FIRST_ROW);
    let typed = '';
    for (const ch of query) {
      const before = typed.trim();
      typed += ch;
      // Armed before the key goes out (CDP keeps the order); a promise, because the page's CSP forbids the eval a
      // polling predicate would need.
      const measured = page.evaluate<number>('window.benchNext()');
      await page.keyboard.type(ch);
      // A key that leaves the trimmed query as it was (a space) starts no search: nothing to wait for.
      if (typed.trim() === before) {
        await page.evaluate('window.benchResolve(0)');
        await measured;
        continue;
      }
      const latency = await Promise.race([measured, sleep(STUCK_MS).then(() => null)]);
      if (latency === null) {
        stuck.push(typed);
        await page.evaluate('window.benchResolve(-1)');
        await measured;
      } else samples.push(latency);
    }
  }
  return { samples, stuck };
}

// In-page code is a string: the Node-side code is compiled without the DOM library (as in e2e/pages/page-watch.ts).
const MEASURE_KEYSTROKES = `{
  const grid = document.querySelector('[role=grid]');
  let keyAt = 0;
  let sawBusy = false;
  window.benchNext = () => new Promise((resolve) => (window.benchResolve = resolve));
  // beforeinput, not keydown: characters no keyboard layout has (accents, Arabic) arrive as text, without a keydown.
  document.addEventListener('beforeinput', () => {
    keyAt = performance.now();
    sawBusy = false;
  }, { capture: true });
  new MutationObserver(() => {
    if (grid.getAttribute('aria-busy') === 'true') sawBusy = true;
    else if (sawBusy) {
      sawBusy = false;
      requestAnimationFrame(() => window.benchResolve(performance.now() - keyAt));
    }
  }).observe(grid, { attributes: true, attributeFilter: ['aria-busy'] });
}`;

/** One scroll step per animation frame from top to bottom; the frame intervals say what the user would see. */
async function scrollWholeTable(page: Page) {
  const intervals = await page.evaluate<number[]>(`(async (frames) => {
    const grid = document.querySelector('[role=grid]');
    const end = grid.scrollHeight - grid.clientHeight;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const out = [];
    let last = await frame();
    for (let i = 1; i <= frames; i++) {
      grid.scrollTop = (end * i) / frames;
      const now = await frame();
      out.push(now - last);
      last = now;
    }
    return out;
  })(${SCROLL_FRAMES})`);
  const dropped = intervals.filter((d) => d > DROPPED_FRAME_MS).length;
  return {
    frames: intervals.length,
    dropped_frames: dropped,
    dropped_ratio: Math.round((dropped / intervals.length) * 10000) / 10000,
    frame_ms_p50: ms(percentile(intervals, 50)),
    frame_ms_p95: ms(percentile(intervals, 95)),
    note: `a frame later than ${DROPPED_FRAME_MS} ms (1.5 vsyncs at 60 Hz) counts as dropped`,
  };
}

const sleep = (msToWait: number) => new Promise<void>((resolve) => setTimeout(resolve, msToWait));

/** Resident memory of the process that holds the database and answers the page (Electron's main, here `serve`). */
function rss(child: ChildProcess) {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { now: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

async function serve(dbPath: string) {
  const cli = fileURLToPath(new URL('./cli.js', import.meta.url));
  const child = spawn(process.execPath, [cli, 'serve', '--db', dbPath, '--port', '0', '--no-open'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('pressdesk serve did not start in 60 s')), 60_000);
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const m = READY.exec(line);
      if (m) resolve((clearTimeout(timer), m));
    });
    child.once('exit', (code) => reject(new Error(`pressdesk serve exited with ${code}`)));
  });
  return {
    child,
    url: match[1]!,
    origin: `http://127.0.0.1:${match[2]!}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
