/**
 * The "A new version is ready" notice. Browser-only; loaded only when a new service worker is waiting.
 * The reload happens only when the reader asks for it, and only in this tab: other open tabs keep what is
 * on screen and show their own notice. If the reader has changed a field on this page, the first click
 * warns that unsaved input would be cleared and a second click reloads.
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

/**
 * Shows the notice in the page's update region (`[data-update-notice]`).
 * @param worker the new service worker, installed and waiting
 * @param hasChangedFields tells whether the reader changed a form field on this page
 */
export function showUpdateNotice(worker: ServiceWorker, hasChangedFields: () => boolean): void {
  const region = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!region || region.childElementCount > 0) return;
  const box = document.createElement('div');
  box.className = 'notice update-notice';
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
  actions.className = 'update-notice-actions';
  actions.append(reload, later);
  box.append(message, actions);
  region.append(box);
}
