import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import LoyaltyScorer from '../LoyaltyScorer';

// The saved-scorecard list cannot be downloaded (offline after the page loaded).
vi.mock('../ScorecardPanel', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('LoyaltyScorer when its saved-scorecard list cannot load', () => {
  it('says nothing was saved instead of announcing a save', async () => {
    render(<LoyaltyScorer />);
    const name = screen.getByRole('combobox', { name: 'Client name' });
    fireEvent.focus(name);
    fireEvent.input(name, { target: { value: 'Acme' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save scorecard' }));
    expect(await screen.findByText(/Nothing was saved; try again/)).toBeInTheDocument();
    expect(screen.queryByText(/Saved a scorecard/)).toBeNull();
    expect(localStorage.getItem('loyalty-playbook:loyalty-scorecards')).toBeNull();
  });
});
