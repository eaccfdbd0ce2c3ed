/**
 * Registers the service worker that keeps the playbook readable, searchable and usable offline, and offers a
 * reload when a new deploy's worker is waiting. Browser-only; loaded on every page, so it stays tiny: it does
 * nothing until the page has loaded and the browser is idle, and the notice's code loads only when needed.
 *
 * Lifecycle: first visit → the worker installs and precaches the whole site, nothing is shown. A later visit
 * after a deploy → the browser finds a new `sw.js`, installs it, and it waits (the worker never skips waiting on
 * its own) → this script shows the notice → the reader's click on Reload activates it and reloads this tab only.
 */

/** Longest wait for an idle moment after load before registering anyway (browsers that are never idle). */
const IDLE_TIMEOUT_MS = 2000;

/** Set once the reader changes a field of the page's own forms, so the notice can warn before a reload. */
let changedFields = false;

function showUpdate(worker: ServiceWorker): void {
  void import('./update-notice').then((module) => module.showUpdateNotice(worker, () => changedFields));
}

async function register(): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  // Without a controller this is the first install: there is no older version to replace.
  if (!navigator.serviceWorker.controller) return;
  if (registration.waiting) showUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') showUpdate(installing);
    });
  });
}

function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 0);
}

/** Registers the service worker once the page has loaded and the browser has a quiet moment. */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  document.addEventListener(
    'input',
    (event) => {
      // Typing in the header's search box loses nothing on a reload; the page's own forms can.
      if (event.target instanceof Element && event.target.closest('main')) changedFields = true;
    },
    { capture: true },
  );
  const start = () =>
    whenIdle(() => {
      // A browser may refuse (private mode, storage off): the site still works online.
      register().catch(() => {});
    });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
