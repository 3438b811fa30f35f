import { Component, lazy, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/page/empty-state';
import './lazy-page.css';

/**
 * A page (or a panel of one) whose code is a chunk of its own, fetched the first time it is shown (or ahead of time
 * by `preload`).
 */
export interface LazyPage<P extends object = object> {
  readonly Page: ComponentType<P>;
  /** Fetches and runs the chunk; resolves once the page can render without waiting. */
  readonly preload: () => Promise<unknown>;
}

/** The chunk of a page could not be fetched: PressDesk stopped, or was updated and the old chunk is gone. */
class PageLoadError extends Error {
  constructor(cause: unknown) {
    super('The page could not be loaded', { cause });
  }
}

export function lazyPage<P extends object = object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A later attempt (the visit itself, after a failed preload) fetches again.
        loading = undefined;
        throw new PageLoadError(error);
      },
    ));
  const Suspending = lazy(async () => ({ default: await preload() }));
  function Page(props: P) {
    // A loaded page renders at once, without a round through Suspense (which would blank the page for a frame).
    // Chosen once per mount: swapping the lazy wrapper for the loaded component later would remount the page.
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Suspending);
    return <Chosen {...props} />;
  }
  return { Page, preload };
}

/** Long enough for the first page to have its rows: preloading must not compete with them. */
export const PRELOAD_AFTER_MS = 2000;

/** Preloading waits until the person has not typed, clicked or scrolled for this long. */
const QUIET_MS = 1000;

/** How long since the person last typed, clicked or scrolled in this window. */
export type QuietFor = () => number;

let lastActivity = -Infinity;
let watching = false;

/** Watches the window for the person's activity (from the first call on) and says how long it has been quiet. */
export const windowQuietFor: QuietFor = () => {
  if (!watching) {
    watching = true;
    const active = () => (lastActivity = performance.now());
    for (const type of ['keydown', 'pointerdown', 'wheel', 'scroll'] as const) {
      // Capture: scrolling the table does not bubble up to the window.
      window.addEventListener(type, active, { capture: true, passive: true });
    }
  }
  return performance.now() - lastActivity;
};

/**
 * Once the app has settled, loads the given pages one idle moment at a time, so that the first visit to each is as
 * quick as before they were split off. Each waits for a pause in the person's typing, clicking and scrolling: a
 * page's code takes tens of milliseconds to run, which a search's rows or a scrolled frame would otherwise wait for.
 * Returns a function that stops what has not started.
 */
export function preloadWhenIdle(
  pages: readonly Pick<LazyPage, 'preload'>[],
  delayMs: number,
  quietFor: QuietFor = windowQuietFor,
): () => void {
  let stopped = false;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = (index: number) => {
    const page = pages[index];
    if (stopped || !page) return;
    idle = requestIdleCallback(() => {
      // Asked when the page would load, not before: an idle moment comes while a search's rows are on their way.
      const quiet = quietFor();
      if (quiet < QUIET_MS) {
        timer = setTimeout(() => next(index), QUIET_MS - quiet);
        return;
      }
      // A failure here is not the person's concern yet: visiting the page tries again and says what went wrong.
      void page.preload().then(
        () => next(index + 1),
        () => next(index + 1),
      );
    });
  };
  // Starts watching now: a key typed during the delay counts.
  quietFor();
  timer = setTimeout(() => next(0), delayMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

/**
 * Shown while a page's chunk loads. Invisible at first (see the CSS) so that a quick load, the usual case, shows no
 * flash; it fills the page area, so nothing moves when the page arrives.
 */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status">
      {t('common.loading')}
    </div>
  );
}

type BoundaryState = { readonly caught: false } | { readonly caught: true; readonly error: unknown };

/** Says so when a page's chunk cannot be fetched, instead of the whole window going blank. Other errors pass on. */
export class PageLoadBoundary extends Component<{ readonly children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { caught: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { caught: true, error };
  }

  override render() {
    if (!this.state.caught) return this.props.children;
    if (this.state.error instanceof PageLoadError) return <PageLoadFailed />;
    // Thrown on to whatever handled it before this boundary existed.
    throw this.state.error;
  }
}

function PageLoadFailed() {
  const { t } = useTranslation();
  return (
    <div className="page-loading page-loading--failed" role="alert">
      <EmptyState
        icon="alert"
        title={t('errors.Network.title')}
        body={t('errors.Network.action')}
        action={
          // A new document fetches index.html again, which names the chunks of the PressDesk now running.
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('common.retry')}
          </button>
        }
      />
    </div>
  );
}
