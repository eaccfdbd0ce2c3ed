// @vitest-environment jsdom
import { REMOVED_CLIENT_NAME } from '../../shared/client-name';
import ICAL from 'ical.js';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'loyalty-playbook:touchpoint-planner';

const GOOD = {
  clientName: 'Acme & Sons <Ltd>',
  startDate: '2026-03-02',
  contactCount: '7',
  channels: ['call', 'email', 'visit', 'note'] as const,
};

/** Loads fresh store modules, so each test reads localStorage as a new page would. */
async function loadStores() {
  vi.resetModules();
  const planner = await import('../store');
  const clients = await import('../../shared/clients');
  const saved = await import('../../shared/saved-store');
  const today = await import('../../shared/today');
  return { ...planner, ...clients, ...saved, ...today };
}

// The store fetches its scheduling rules and calendar writer on first use; compile them once up front so
// no single test pays for it against its time limit.
beforeAll(async () => {
  await import('../model');
  await import('../ics');
}, 60_000);

beforeEach(() => localStorage.clear());

describe('the touchpoint planner’s store', () => {
  it('makes a plan that references the shared client by id, and saves it', async () => {
    const s = await loadStores();
    const result = await s.makePlan(GOOD);
    if (!result.ok) throw new Error('expected a plan');
    const [client] = s.$clients.get();
    expect(client?.name).toBe('Acme & Sons <Ltd>');
    expect(result.plan.clientId).toBe(client!.id);
    expect(result.plan.contacts).toHaveLength(7);
    const saved = JSON.parse(localStorage.getItem(KEY)!);
    expect(saved.version).toBe(1);
    expect(saved.data.plans[0].clientId).toBe(client!.id);
    expect(JSON.stringify(saved)).not.toContain('Acme');
    expect(s.$selectedPlan.get()?.plan.id).toBe(result.plan.id);
  });

  it('changes nothing when the input is refused', async () => {
    const s = await loadStores();
    const result = await s.makePlan({ ...GOOD, contactCount: '12' });
    expect(result).toEqual({ ok: false, errors: { contactCount: expect.stringMatching(/6 to 8/) } });
    expect(s.$planner.get().plans).toEqual([]);
    expect(s.$clients.get()).toEqual([]);
  });

  it('replaces a client’s plan under the same id, and Undo puts the old one back', async () => {
    const s = await loadStores();
    const first = await s.makePlan(GOOD);
    if (!first.ok) throw new Error('expected a plan');
    s.setContactStatus(first.plan.id, 'c1', 'done');
    const second = await s.makePlan({ ...GOOD, clientName: 'acme & sons <ltd>', contactCount: '6' });
    if (!second.ok) throw new Error('expected a plan');
    expect(second.plan.id).toBe(first.plan.id);
    expect(s.$planner.get().plans).toHaveLength(1);
    expect(s.$planner.get().plans[0]!.contacts).toHaveLength(6);
    s.restorePlan(second.replaced!);
    expect(s.$planner.get().plans[0]!.contacts[0]!.status).toBe('done');
  });

  it('lists several clients’ plans by their next contact date', async () => {
    const s = await loadStores();
    await s.makePlan({ ...GOOD, clientName: 'Later Ltd', startDate: '2026-04-06' });
    await s.makePlan({ ...GOOD, clientName: 'Sooner Ltd', startDate: '2026-03-02' });
    expect(s.$planSummaries.get().map((p) => [p.clientName, p.next?.date])).toEqual([
      ['Sooner Ltd', '2026-03-02'],
      ['Later Ltd', '2026-04-06'],
    ]);
  });

  it('marks, skips and moves contacts, refusing a date that does not exist', async () => {
    const s = await loadStores();
    const made = await s.makePlan(GOOD);
    if (!made.ok) throw new Error('expected a plan');
    const id = made.plan.id;
    s.setContactStatus(id, 'c1', 'done');
    s.setContactStatus(id, 'c2', 'skipped');
    expect(s.$selectedPlan.get()?.next?.id).toBe('c3');
    expect(s.moveContact(id, 'c3', '2026-02-30')).toEqual({ ok: false, message: expect.stringMatching(/real date/) });
    expect(s.moveContact(id, 'c3', '2026-03-30')).toEqual({ ok: true });
    const contacts = s.$planner.get().plans[0]!.contacts;
    expect(contacts.find((c) => c.id === 'c3')?.date).toBe('2026-03-30');
    expect(contacts.map((c) => c.date)).toEqual(contacts.map((c) => c.date).sort());
  });

  it('logs a referral as two new contacts, and refuses a bad date without changing the plan', async () => {
    const s = await loadStores();
    const made = await s.makePlan(GOOD);
    if (!made.ok) throw new Error('expected a plan');
    expect(await s.logReferral(made.plan.id, { date: 'soon', referredName: 'x'.repeat(81) })).toEqual({
      ok: false,
      errors: { date: expect.any(String), referredName: expect.stringMatching(/80/) },
    });
    expect(s.$planner.get().plans[0]!.contacts).toHaveLength(7);
    const logged = await s.logReferral(made.plan.id, { date: '2026-03-14', referredName: ' Birch  Co ' });
    expect(logged.ok && logged.contacts.map((c) => [c.purpose, c.date, c.referredName])).toEqual([
      ['acknowledge', '2026-03-16', 'Birch Co'],
      ['close-loop', '2026-03-30', 'Birch Co'],
    ]);
    expect(s.$planner.get().plans[0]!.contacts).toHaveLength(9);
  });

  it('deletes a plan with Undo, keeping the client for the other tools', async () => {
    const s = await loadStores();
    const made = await s.makePlan(GOOD);
    if (!made.ok) throw new Error('expected a plan');
    const deleted = s.deletePlan(made.plan.id);
    expect(s.$planner.get().plans).toEqual([]);
    expect(s.$clients.get()).toHaveLength(1);
    s.restorePlan(deleted!);
    expect(s.$planner.get().plans[0]!.id).toBe(made.plan.id);
  });

  it('shows a renamed client’s new name and never "undefined" for a removed one', async () => {
    const s = await loadStores();
    const made = await s.makePlan(GOOD);
    if (!made.ok) throw new Error('expected a plan');
    s.renameClient(made.plan.clientId, 'Acme Group');
    expect(s.$planSummaries.get()[0]!.clientName).toBe('Acme Group');
    s.removeClient(made.plan.clientId);
    expect(s.$planSummaries.get()[0]!.clientName).toBe(REMOVED_CLIENT_NAME);
  });

  it('offers My plan the touchpoints of the next 14 days across plans, following today', async () => {
    const s = await loadStores();
    s.setToday('2026-03-02');
    await s.makePlan({ ...GOOD, clientName: 'Acme' });
    await s.makePlan({ ...GOOD, clientName: 'Birch', startDate: '2026-03-09' });
    expect(s.$upcomingTouchpoints.get().map((u) => `${u.clientName} ${u.contact.date}`)).toEqual([
      'Acme 2026-03-02',
      'Acme 2026-03-05',
      'Birch 2026-03-09',
      'Acme 2026-03-11',
      'Birch 2026-03-12',
    ]);
    s.setToday('2026-03-06');
    expect(s.$upcomingTouchpoints.get()[0]).toMatchObject({ clientName: 'Acme', overdue: true });
  });

  it('exports the plan as a calendar file that a library can read', async () => {
    const s = await loadStores();
    const made = await s.makePlan(GOOD);
    if (!made.ok) throw new Error('expected a plan');
    const file = await s.exportPlanCalendar(made.plan.id, { stampedAt: 0, siteUrl: 'https://example.org/' });
    if (!file.ok) throw new Error(file.message);
    expect(file.fileName).toBe('touchpoints-acme-sons-ltd.ics');
    const events = new ICAL.Component(ICAL.parse(file.text)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(7);
    expect(events[0]!.getFirstPropertyValue('summary')).toBe('Acme & Sons <Ltd>: Say thank you (handwritten note)');
  });

  it('sets corrupt saved plans aside with a notice and starts empty', async () => {
    const corrupt = JSON.stringify({ version: 1, data: { plans: [{ id: 'p', clientId: 'k', startDate: '2026-02-30' }] } });
    localStorage.setItem(KEY, corrupt);
    const s = await loadStores();
    expect(s.$planner.get()).toEqual({ plans: [] });
    const [notice] = s.$savedDataNotices.get();
    expect(notice?.message).toMatch(/touchpoint planner data could not be read/);
    expect(localStorage.getItem(notice!.setAsideKey!)).toBe(corrupt);
  });

  it('sets aside plans saved by a newer version of the site', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 99, data: {} }));
    const s = await loadStores();
    expect(s.$planner.get()).toEqual({ plans: [] });
    expect(s.$savedDataNotices.get()[0]?.message).toMatch(/newer version/);
  });
});
