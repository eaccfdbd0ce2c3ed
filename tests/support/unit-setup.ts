import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { afterAll } from 'vitest';

// Store tests that run in jsdom: nanostores unmounts a store (and @nanostores/persistent drops its window
// listeners) this long after its last listener leaves. Wait for it before jsdom goes, or the late cleanup
// throws "window is not defined".
afterAll(async () => {
  if (typeof window !== 'undefined') await new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 50));
});
