import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/preact';
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { afterAll, afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// nanostores unmounts a store (and @nanostores/persistent drops its window listeners) this long after its
// last listener leaves. Wait for it before jsdom goes, or the late cleanup throws "window is not defined".
afterAll(() => new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 50)));
