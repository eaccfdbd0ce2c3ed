import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import TouchpointPlanner from '../TouchpointPlanner';
import { $clients } from '../../shared/clients';
import { $savedDataNotices } from '../../shared/saved-store';
import { setToday } from '../../shared/today';
import { $planner, $selectedPlanId } from '../store';

// The plan view, the plan rules and the calendar writer load on demand; compile them once up front.
beforeAll(async () => {
  await import('../engine');
  await import('../model');
  await import('../ics');
}, 60_000);

beforeEach(() => {
  $planner.set({ plans: [] });
  $clients.set([]);
  $selectedPlanId.set(undefined);
  $savedDataNotices.set([]);
  setToday('2026-03-02');
});

afterEach(() => vi.restoreAllMocks());

async function makePlan(name: string, options: { start?: string; count?: string } = {}) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Client name'), name);
  if (options.start) fireEvent.input(screen.getByLabelText('Start date'), { target: { value: options.start } });
  if (options.count) {
    await user.clear(screen.getByLabelText('Number of contacts'));
    await user.type(screen.getByLabelText('Number of contacts'), options.count);
  }
  await user.click(screen.getByRole('button', { name: 'Make plan' }));
  return user;
}

describe('the touchpoint planner', () => {
  it('renders on the server as an empty, labelled form without the build day as today', () => {
    const html = renderToString(<TouchpointPlanner />);
    expect(html).toContain('Client name');
    expect(html).toContain('Number of contacts');
    expect(html).not.toContain('2026-03-02');
    expect(html).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  it('starts today with seven contacts and every channel ticked', () => {
    render(<TouchpointPlanner />);
    expect(screen.getByLabelText('Start date')).toHaveValue('2026-03-02');
    expect(screen.getByLabelText('Number of contacts')).toHaveValue('7');
    const channels = screen.getByRole('group', { name: 'Ways you like to get in touch' });
    expect(within(channels).getAllByRole('checkbox').every((box) => (box as HTMLInputElement).checked)).toBe(true);
  });

  it('flags a start date in the past and offers today instead', async () => {
    render(<TouchpointPlanner />);
    expect(screen.queryByText(/is in the past/)).not.toBeInTheDocument();
    fireEvent.input(screen.getByLabelText('Start date'), { target: { value: '2026-02-20' } });
    expect(await screen.findByText(/Fri 20 Feb 2026 is in the past/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Start today instead' }));
    await waitFor(() => expect(screen.getByLabelText('Start date')).toHaveValue('2026-03-02'));
    expect(screen.queryByText(/is in the past/)).not.toBeInTheDocument();
  });

  it('draws the plan’s 60 days as a picture above the list, described for screen readers', async () => {
    render(<TouchpointPlanner />);
    await makePlan('Timeline Ltd', { count: '6' });
    const picture = await screen.findByRole('img', { name: /Timeline of the plan: 6 contacts over 60 days from Mon 2 Mar 2026/ });
    expect(picture).toHaveAccessibleDescription(/Day 1, Mon 2 Mar 2026: Say thank you, planned\./);
    expect(picture.querySelectorAll('circle')).toHaveLength(6);
    const list = picture.closest('section')!.querySelector('ol')!;
    expect(picture.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('offers the clients named in other tools as the name is typed', async () => {
    $clients.set([{ id: 'k1', name: 'Birch & Co' }]);
    const { container } = render(<TouchpointPlanner />);
    await waitFor(() => expect(container.querySelector('datalist option')).toHaveAttribute('value', 'Birch & Co'));
    expect(screen.getByLabelText('Client name')).toHaveAttribute('list', container.querySelector('datalist')!.id);
  });

  it('refuses bad input with a message at each field and makes no plan', async () => {
    render(<TouchpointPlanner />);
    const user = userEvent.setup();
    fireEvent.input(screen.getByLabelText('Start date'), { target: { value: '' } });
    await user.clear(screen.getByLabelText('Number of contacts'));
    await user.type(screen.getByLabelText('Number of contacts'), '9');
    for (const box of screen.getAllByRole('checkbox')) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Make plan' }));

    const name = screen.getByLabelText('Client name');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(/Enter the client’s name/);
    expect(name).toHaveFocus();
    expect(screen.getByLabelText('Start date')).toHaveAccessibleDescription(/Enter a full date/);
    expect(screen.getByLabelText('Number of contacts')).toHaveAccessibleDescription(/from 6 to 8/);
    expect(screen.getByRole('group', { name: 'Ways you like to get in touch' })).toHaveAccessibleDescription(/at least one/);
    expect($planner.get().plans).toEqual([]);

    await user.type(name, 'x'.repeat(81));
    await user.click(screen.getByRole('button', { name: 'Make plan' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription(/at most 80 characters/));
    expect($planner.get().plans).toEqual([]);
  });

  it('makes a plan for "Acme & Sons <Ltd>", showing the name as text, contacts in date order', async () => {
    const { container } = render(<TouchpointPlanner />);
    await makePlan('Acme & Sons <Ltd>');
    const heading = await screen.findByRole('heading', { name: 'Touchpoint plan for Acme & Sons <Ltd>' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(container.querySelector('ltd')).toBeNull();
    expect(container).toHaveTextContent('Plan made for Acme & Sons <Ltd>: 7 contacts from Mon 2 Mar 2026 to Tue 28 Apr 2026.');

    const dates = [...container.querySelectorAll('.tp-contact time')].map((time) => time.getAttribute('datetime'));
    expect(dates).toHaveLength(7);
    expect([...dates].sort()).toEqual(dates);
    expect(container.querySelector('.tp-contact')).toHaveTextContent('Say thank you');
    expect(container.querySelector('.tp-contact a')).toHaveAttribute('href', '/playbook/referral-cycle/');
    expect(container).not.toHaveTextContent(/undefined|NaN|\[object Object\]/);
    // The client joined the shared list; the plan keeps its id.
    expect($clients.get().map((c) => c.name)).toEqual(['Acme & Sons <Ltd>']);
    expect($planner.get().plans[0]!.clientId).toBe($clients.get()[0]!.id);
  });

  it('marks a contact done, skips one and moves one, refusing an impossible date', async () => {
    const { container } = render(<TouchpointPlanner />);
    const user = await makePlan('Acme');
    await user.click(await screen.findByRole('button', { name: 'Done: Say thank you, Mon 2 Mar 2026' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo done: Say thank you, Mon 2 Mar 2026' })).toHaveFocus());
    expect(container.querySelector('.tp-contact')).toHaveTextContent('Done');

    await user.click(screen.getByRole('button', { name: 'Skip: Early check-in, Thu 5 Mar 2026' }));
    expect(container.querySelectorAll('.tp-contact')[1]).toHaveClass('tp-skipped');

    await user.click(screen.getByRole('button', { name: 'Move: Show what else you offer, Wed 11 Mar 2026' }));
    const newDate = screen.getByLabelText('New date for “Show what else you offer”');
    await waitFor(() => expect(newDate).toHaveFocus());
    // A date field holds an impossible date such as 30 February as empty text.
    fireEvent.input(newDate, { target: { value: '2026-02-30' } });
    await user.click(screen.getByRole('button', { name: 'Save date' }));
    expect(newDate).toHaveAttribute('aria-invalid', 'true');
    expect(newDate).toHaveAccessibleDescription(/full date/);
    expect($planner.get().plans[0]!.contacts.find((c) => c.id === 'c3')!.date).toBe('2026-03-11');

    fireEvent.input(newDate, { target: { value: '2026-04-20' } });
    await user.click(screen.getByRole('button', { name: 'Save date' }));
    await screen.findByRole('button', { name: 'Move: Show what else you offer, Mon 20 Apr 2026' });
    expect(container).toHaveTextContent('Moved “Show what else you offer” to Mon 20 Apr 2026.');
    const dates = [...container.querySelectorAll('.tp-contact time')].map((time) => time.getAttribute('datetime'));
    expect([...dates].sort()).toEqual(dates);
  });

  it('logs a referral: a thank-you the same working day and a close-the-loop contact later', async () => {
    const { container } = render(<TouchpointPlanner />);
    const user = await makePlan('Acme');
    const referralDate = await screen.findByLabelText('Day of the referral');
    expect(referralDate).toHaveValue('2026-03-02');
    fireEvent.input(referralDate, { target: { value: '2026-03-14' } });
    await user.type(screen.getByLabelText('Who they referred (optional)'), 'Birch <b>Co</b>');
    await user.click(screen.getByRole('button', { name: 'Log referral' }));
    await screen.findByText(/Thank them today for sending Birch <b>Co<\/b> your way/);
    expect(container.querySelector('b')).toBeNull();
    expect(container).toHaveTextContent('Referral logged. Thank Acme on Mon 16 Mar 2026 and tell them how it went on Mon 30 Mar 2026.');
    expect(container.querySelectorAll('.tp-contact')).toHaveLength(9);

    fireEvent.input(referralDate, { target: { value: 'not a date' } });
    await user.click(screen.getByRole('button', { name: 'Log referral' }));
    await waitFor(() => expect(referralDate).toHaveAttribute('aria-invalid', 'true'));
    expect(container.querySelectorAll('.tp-contact')).toHaveLength(9);
  });

  it('keeps several clients’ plans, listed by next contact, and opens another', async () => {
    render(<TouchpointPlanner />);
    await makePlan('Later Ltd', { start: '2026-04-06' });
    await screen.findByRole('heading', { name: 'Touchpoint plan for Later Ltd' });
    await makePlan('Sooner Ltd', { start: '2026-03-02', count: '6' });
    await screen.findByRole('heading', { name: 'Touchpoint plan for Sooner Ltd' });
    const list = screen.getByRole('region', { name: 'Your plans' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Sooner Ltd');
    expect(items[0]).toHaveTextContent('Next: Mon 2 Mar 2026, say thank you by handwritten note.');
    expect(items[1]).toHaveTextContent('Next: Mon 6 Apr 2026');
    await userEvent.setup().click(within(list).getByRole('button', { name: 'Open the plan for Later Ltd' }));
    await screen.findByRole('heading', { name: 'Touchpoint plan for Later Ltd' });
  });

  it('deletes a plan and brings it back with Undo', async () => {
    render(<TouchpointPlanner />);
    const user = await makePlan('Acme');
    await user.click(await screen.findByRole('button', { name: 'Delete plan' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Touchpoint plan for/ })).toBeNull());
    expect(screen.getByText(/Deleted the plan for Acme\./)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('heading', { name: 'Touchpoint plan for Acme' });
  });

  it('downloads the plan as an .ics calendar file', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:plan';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    render(<TouchpointPlanner />);
    const user = await makePlan('Acme & Sons <Ltd>');
    await user.click(await screen.findByRole('button', { name: 'Download calendar (.ics)' }));
    await screen.findByText(/Saved touchpoints-acme-sons-ltd\.ics with 7 events/);
    expect(clicked[0]?.download).toBe('touchpoints-acme-sons-ltd.ics');
    expect(blobs[0]?.type).toBe('text/calendar;charset=utf-8');
    const events = new ICAL.Component(ICAL.parse(await blobs[0]!.text())).getAllSubcomponents('vevent');
    expect(events.map((event) => event.getFirstPropertyValue('summary'))).toContain('Acme & Sons <Ltd>: Say thank you (handwritten note)');
  });

  it('shows why saved plans were set aside, and still makes plans', async () => {
    $savedDataNotices.set([
      { name: 'touchpoint-planner', message: 'Your saved touchpoint planner data could not be read, so it was set aside and a fresh start shown.' },
    ]);
    render(<TouchpointPlanner />);
    expect(await screen.findByRole('alert')).toHaveTextContent('touchpoint planner data could not be read');
    await makePlan('Acme');
    await screen.findByRole('heading', { name: 'Touchpoint plan for Acme' });
  });

  it('warns that making a plan again for a client replaces it, and offers Undo', async () => {
    render(<TouchpointPlanner />);
    const user = await makePlan('Acme');
    await screen.findByRole('heading', { name: 'Touchpoint plan for Acme' });
    await user.type(screen.getByLabelText('Client name'), 'acme');
    expect(screen.getByText(/Acme already has a plan/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Make plan' }));
    await screen.findByText('Replaced the earlier plan for Acme.', { exact: false });
    expect($planner.get().plans).toHaveLength(1);
  });
});
