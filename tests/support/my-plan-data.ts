/**
 * Saved data of every tool, as each one writes it to localStorage, for My plan's store and island tests.
 * Today is {@link TODAY} (ISO week 2026-W11); Acme's plan has a contact overdue since yesterday, and Bolt's
 * tolerance review places them outside their zone.
 */

/** The day the fixtures are written for. */
export const TODAY = '2026-03-10';

/** The ISO week of {@link TODAY}. */
export const THIS_WEEK = '2026-W11';

/** Clients, ids as the tools reference them. */
export const CLIENTS = [
  { id: 'acme-id', name: 'Acme' },
  { id: 'bolt-id', name: 'Bolt Ltd' },
];

const BELOW_EVERYWHERE = { service: 'below', sales: 'below', leadership: 'below', billing: 'below', quality: 'below', marketing: 'below' };

/** Acme's ratings: trust is the weakest factor and the score is in the lowest band. */
export const ACME_ENTRIES = { core: 6, surprise: 4, personal: 4, integrity: 2, competence: 5, delivery: 3, extraMile: 3 };

/** Each tool's data by store name (all at version 1). */
export const TOOL_DATA: Record<string, unknown> = {
  clients: CLIENTS,
  'loyalty-scorecards': [{ id: 'card-1', clientId: 'acme-id', savedOn: '2026-03-08', entries: ACME_ENTRIES }],
  'loyalty-score': { entries: ACME_ENTRIES, clientName: 'Acme', openedScorecardId: 'card-1' },
  'ladder-quiz': { answers: {}, history: [{ date: '2026-03-01', stepNumber: 2 }] },
  'weekly-checklist': { weeks: { [THIS_WEEK]: { ticks: { communicate: ['mon', 'tue'], surprise: ['mon'] } } } },
  'touchpoint-planner': {
    plans: [
      {
        id: 'plan-1',
        clientId: 'acme-id',
        startDate: '2026-03-02',
        channels: ['call', 'email'],
        contacts: [
          { id: 'c1', purpose: 'thank', channel: 'call', date: '2026-03-09', status: 'planned', revision: 0 },
          { id: 'c2', purpose: 'check-in', channel: 'email', date: '2026-03-16', status: 'planned', revision: 0 },
        ],
      },
    ],
  },
  'tolerance-review': [
    {
      id: 'review-1',
      clientId: 'bolt-id',
      reviewedOn: '2026-03-05',
      strengthFrom: 'asked',
      answers: { contacts: BELOW_EVERYWHERE, priceSensitivity: 'high', contactChange: true, newStaff: true, recentFailure: true, strength: 'weak' },
    },
  ],
};

/**
 * Writes each tool's data into localStorage as its saved store would.
 * @param data data by store name (default: every tool)
 */
export function seedToolData(data: Record<string, unknown> = TOOL_DATA): void {
  for (const [name, value] of Object.entries(data)) {
    localStorage.setItem(`loyalty-playbook:${name}`, JSON.stringify({ version: 1, data: value }));
  }
}

/**
 * Every `loyalty-playbook:` key and what it holds (parsed when it is JSON, so the order of an object's
 * keys does not count), to compare storage before and after.
 */
export function readSiteStorage(): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)!;
    if (!key.startsWith('loyalty-playbook:')) continue;
    const text = localStorage.getItem(key)!;
    try {
      entries[key] = JSON.parse(text);
    } catch {
      entries[key] = text;
    }
  }
  return entries;
}
