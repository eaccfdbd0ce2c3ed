/**
 * Registers the service worker that keeps the playbook readable, searchable and usable offline. Browser-only;
 * loaded on every page, so it stays tiny and does nothing until the page has loaded and the browser is idle.
 *
 * Lifecycle: first visit → the worker installs and precaches the whole site; nothing else loads or shows.
 * Visits under an installed worker → `update-notice.ts` loads (from the worker's cache) and watches for a
 * new deploy's worker, which waits until the reader chooses to reload.
 */

/** Longest wait for an idle moment after load before registering anyway (browsers that are never idle). */
const IDLE_TIMEOUT_MS = 2000;

function register(): void {
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(
    (registration) => {
      // Without a controller this is the first install: there is no older version to replace.
      if (navigator.serviceWorker.controller) void import('./update-notice').then((module) => module.watchForUpdate(registration));
    },
    // A browser may refuse (private mode, storage off): the site still works online.
    () => {},
  );
}

/**
 * Registers the service worker once the page has loaded and the browser has a quiet moment. Call it from a
 * module script: those run before the load event, so the listener never misses it.
 */
export function startServiceWorker(): void {
  if ('serviceWorker' in navigator) addEventListener('load', () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(register)));
}
