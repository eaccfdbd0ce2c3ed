/**
 * The "A new version is ready" notice. Browser-only; loaded only on visits an installed worker controls, so
 * a first visit never downloads it. The reload happens only when the reader asks for it, and only in this
 * tab: other open tabs keep what is on screen and show their own notice. If the reader has changed a field
 * of the page's form, the first click warns that unsaved input would be cleared and a second click reloads.
 *
 * The live region and the notice's layout are made here rather than in every page's HTML and stylesheet:
 * every page would pay for them on a first visit (the scorer's page has almost no byte to spare). Styles
 * are set through the CSSOM, which the CSP allows; the look comes from the shared `.notice` class.
 */

/** The message workbox-build's generated worker listens for to stop waiting and take over. */
const SKIP_WAITING_MESSAGE = { type: 'SKIP_WAITING' };

function reloadWith(worker: ServiceWorker): void {
  // Another tab's click may already have activated it; then a plain reload picks it up.
  if (worker.state !== 'installed') {
    location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  worker.postMessage(SKIP_WAITING_MESSAGE);
}

/** Adds the empty live region, pinned to the bottom of the window, that the notice will appear in. */
function addRegion(): HTMLElement {
  const region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.className = 'update-region';
  Object.assign(region.style, { position: 'fixed', right: '1rem', bottom: '1rem', left: '1rem', zIndex: '10', display: 'flex', justifyContent: 'flex-end', pointerEvents: 'none' });
  // A notice about this browser's copy of the site means nothing on paper.
  addEventListener('beforeprint', () => (region.hidden = true));
  addEventListener('afterprint', () => (region.hidden = false));
  document.body.append(region);
  return region;
}

/**
 * Shows the notice in the live region, unless it is already there.
 * @param region from {@link addRegion}
 * @param worker the new service worker, installed and waiting
 * @param hasChangedFields tells whether the reader changed a form field on this page
 */
function showUpdateNotice(region: HTMLElement, worker: ServiceWorker, hasChangedFields: () => boolean): void {
  if (region.childElementCount > 0) return;
  const box = document.createElement('div');
  box.className = 'notice update-notice';
  Object.assign(box.style, { margin: '0', maxWidth: '28rem', boxShadow: '0 0.25rem 1rem rgb(0 0 0 / 0.2)', pointerEvents: 'auto' });
  const message = document.createElement('p');
  message.textContent = 'A new version of the playbook is ready.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload';
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'secondary';
  later.textContent = 'Not now';
  let warned = false;
  reload.addEventListener('click', () => {
    if (hasChangedFields() && !warned) {
      warned = true;
      message.textContent = 'Reloading clears anything on this page you have not saved yet. Save it first, or reload anyway.';
      reload.textContent = 'Reload anyway';
      return;
    }
    reload.disabled = true;
    reloadWith(worker);
  });
  later.addEventListener('click', () => region.replaceChildren());
  const actions = document.createElement('p');
  Object.assign(actions.style, { display: 'flex', gap: '0.5rem' });
  actions.append(reload, later);
  box.append(message, actions);
  region.append(box);
}

/**
 * Watches a registration for a new deploy's worker and offers it once installed. Also notes whether the reader
 * changes a field of the page's own forms, so the notice can warn before a reload.
 * @param registration the site's service worker registration, on a page an older worker controls
 */
export function watchForUpdate(registration: ServiceWorkerRegistration): void {
  let changedFields = false;
  document.addEventListener(
    'input',
    (event) => {
      // Typing in the header's search box loses nothing on a reload; the page's own forms can.
      if (event.target instanceof Element && event.target.closest('main')) changedFields = true;
    },
    { capture: true },
  );
  // Made now, before any notice, so screen readers already know the region when the notice appears in it.
  const region = addRegion();
  const offer = (worker: ServiceWorker) => showUpdateNotice(region, worker, () => changedFields);
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
}
