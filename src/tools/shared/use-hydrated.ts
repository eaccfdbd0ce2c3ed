/**
 * Tells an island whether it has hydrated. Until then it must render exactly what the server rendered
 * (no saved plans, no "today" from the build machine), because Preact does not repair mismatched markup
 * while hydrating.
 */
import { useEffect, useState } from 'preact/hooks';

/** False during the server render and the first browser render, true from then on. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
