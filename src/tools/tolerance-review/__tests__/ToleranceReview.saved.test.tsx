import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const KEY = 'loyalty-playbook:tolerance-review';

let cleanup: (() => void) | undefined;

/**
 * Loads the island afresh, so its stores read what this test put in storage. Testing Library is loaded
 * afresh with it, so both use the same copy of Preact.
 */
async function loadIsland() {
  vi.resetModules();
  const { setToday } = await import('../../shared/today');
  setToday('2026-06-01');
  const testing = await import('@testing-library/preact');
  cleanup = testing.cleanup;
  return { ...testing, ToleranceReview: (await import('../ToleranceReview')).default };
}

// The first import transforms every module; on a busy machine that alone can outlast a test's time limit.
beforeAll(() => loadIsland(), 60_000);

afterEach(() => cleanup?.());

describe('ToleranceReview with saved data', () => {
  it('sets corrupt saved reviews aside with a notice, and still shows a working tool', async () => {
    const corrupt = '{"version":1,"data":[{"id":"r1","clientId":"c1","reviewedOn":"yesterday"}]}';
    localStorage.setItem(KEY, corrupt);
    const { render, screen, fireEvent, waitFor, ToleranceReview } = await loadIsland();
    render(<ToleranceReview />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your saved tolerance review data could not be read, so it was set aside and a fresh start shown.');
    expect(screen.getByText(/No clients reviewed yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save review' })).toBeEnabled();
    const setAside = Object.keys(localStorage).find((key) => key.startsWith('loyalty-playbook:set-aside:tolerance-review:'));
    expect(localStorage.getItem(setAside!)).toBe(corrupt);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('lists the reviews an earlier visit saved, under the client’s current name', async () => {
    localStorage.setItem('loyalty-playbook:clients', JSON.stringify({ version: 1, data: [{ id: 'c1', name: 'Initech' }] }));
    const contacts = { service: 'below', sales: 'below', leadership: 'none', billing: 'none', quality: 'none', marketing: 'none' };
    const answers = { contacts, priceSensitivity: 'high', contactChange: false, newStaff: false, recentFailure: false, strength: 'moderate' };
    localStorage.setItem(KEY, JSON.stringify({ version: 1, data: [{ id: 'r1', clientId: 'c1', reviewedOn: '2026-05-01', answers, strengthFrom: 'asked' }] }));
    const { render, screen, ToleranceReview } = await loadIsland();
    render(<ToleranceReview />);
    const row = await screen.findByRole('row', { name: /Initech/ });
    expect(row).toHaveTextContent('Outside');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
