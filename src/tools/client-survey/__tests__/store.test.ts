// @vitest-environment jsdom
/**
 * Saving replies: matched to the client by survey id, the same reply saved once, a client picked or named
 * when the survey is unknown, a refused write never announced as saved; the saved data's versions; the
 * merge on import; and My plan's summary with the Net Promoter Score.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SurveyReply } from '../model';
import { MERGE_RULES } from '../merge';
import { SURVEY_STORE_NAME } from '../schema';

const KEY = `loyalty-playbook:${SURVEY_STORE_NAME}`;
const TODAY = '2026-03-10';

const REPLY: Omit<SurveyReply, 'surveyId'> = {
  answeredOn: '2026-03-09',
  ratings: {
    core: 6,
    surprise: 4,
    personal: 4,
    integrity: 6,
    competence: 6,
    delivery: 5,
    extraMile: 3,
  },
  recommend: 9,
  comment: '<b>Fine</b>',
};

/** Makes the browser refuse every write of the survey's data, as a full storage does. */
function refuseSurveyWrites(): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the storage as `this` below
  const setItem = Storage.prototype.setItem;
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
    if (key === KEY) throw new DOMException('Storage is full', 'QuotaExceededError');
    setItem.call(this, key, value);
  });
}

async function loadStores() {
  vi.resetModules();
  const survey = await import('../store');
  const clients = await import('../../shared/clients');
  const saved = await import('../../shared/saved-store');
  const today = await import('../../shared/today');
  today.setToday(TODAY);
  return { ...survey, ...clients, ...saved, setToday: today.setToday };
}

beforeAll(() => loadStores(), 60_000);
beforeEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

function askAcme(s: Awaited<ReturnType<typeof loadStores>>) {
  const added = s.addClient('Acme');
  if (!added.ok) throw new Error(added.message);
  const asked = s.askClient(added.client.id, TODAY);
  if (!asked.ok) throw new Error(asked.message);
  return { client: added.client, survey: asked.survey };
}

describe('askClient', () => {
  it('records the survey under the client’s id, with an 8-character id and today’s date', async () => {
    const s = await loadStores();
    const { client, survey } = askAcme(s);
    expect(survey).toEqual({
      surveyId: expect.stringMatching(/^[A-Za-z0-9_-]{8}$/) as string,
      clientId: client.id,
      askedOn: TODAY,
    });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({
      version: 1,
      data: { surveys: [survey], replies: [] },
    });
  });

  it('refuses a client that is not in the list', async () => {
    const s = await loadStores();
    expect(s.askClient('nobody', TODAY)).toMatchObject({ ok: false });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('does not announce a survey storage refused, and keeps nothing of it', async () => {
    const s = await loadStores();
    const added = s.addClient('Acme');
    // As a full storage does: the browser refuses to store the survey's data.
    refuseSurveyWrites();
    {
      const asked = s.askClient(added.ok ? added.client.id : '', TODAY);
      expect(asked).toMatchObject({
        ok: false,
        message: expect.stringContaining('did not keep it') as string,
      });
      expect(s.$surveyData.get().surveys).toEqual([]);
    }
  });
});

describe('saveReply', () => {
  it('saves a reply to the client its survey was made for, and the same reply twice only once', async () => {
    const s = await loadStores();
    const { client, survey } = askAcme(s);
    const reply = { ...REPLY, surveyId: survey.surveyId };
    expect(s.findClientOfReply(reply)).toEqual(client);
    expect(s.saveReply(reply, undefined, TODAY)).toEqual({
      ok: true,
      clientName: 'Acme',
      outcome: 'added',
    });
    expect(s.saveReply(reply, undefined, TODAY)).toEqual({
      ok: true,
      clientName: 'Acme',
      outcome: 'already-saved',
    });
    expect(s.$surveyData.get().replies).toEqual([{ ...reply, clientId: client.id, savedOn: TODAY }]);
    expect(JSON.parse(localStorage.getItem(KEY)!).data.replies).toHaveLength(1);
  });

  it('replaces an earlier, different reply to the same survey', async () => {
    const s = await loadStores();
    const { survey } = askAcme(s);
    s.saveReply({ ...REPLY, surveyId: survey.surveyId }, undefined, TODAY);
    expect(s.saveReply({ ...REPLY, surveyId: survey.surveyId, recommend: 3 }, undefined, TODAY)).toMatchObject({ outcome: 'replaced' });
    expect(s.$surveyData.get().replies.map((r) => r.recommend)).toEqual([3]);
  });

  it('asks which client a reply to an unknown survey is from, then saves it to the one picked or named', async () => {
    const s = await loadStores();
    const reply = { ...REPLY, surveyId: 'unknown1' };
    expect(s.saveReply(reply, undefined, TODAY)).toMatchObject({
      ok: false,
      field: 'client',
    });
    expect(s.saveReply(reply, { newName: '   ' }, TODAY)).toMatchObject({
      ok: false,
      field: 'client',
      message: 'Enter the client’s name.',
    });
    expect(s.$surveyData.get().replies).toEqual([]);
    expect(s.saveReply(reply, { newName: 'Bolt <Ltd>' }, TODAY)).toEqual({
      ok: true,
      clientName: 'Bolt <Ltd>',
      outcome: 'added',
    });
    const bolt = s.$clients.get().find((c) => c.name === 'Bolt <Ltd>')!;
    expect(s.$surveyData.get().replies[0]!.clientId).toBe(bolt.id);
    expect(s.saveReply({ ...reply, surveyId: 'unknown2' }, { clientId: bolt.id }, TODAY)).toMatchObject({ ok: true, clientName: 'Bolt <Ltd>' });
  });

  it('does not announce a reply storage refused, and keeps the replies as they were', async () => {
    const s = await loadStores();
    const { survey } = askAcme(s);
    // As a full storage does: the browser refuses to store the survey's data.
    refuseSurveyWrites();
    {
      expect(s.saveReply({ ...REPLY, surveyId: survey.surveyId }, undefined, TODAY)).toMatchObject({ ok: false });
      expect(s.$surveyData.get().replies).toEqual([]);
    }
  });
});

describe('the saved data', () => {
  it('reads data saved at version 1, the first shape of the store', async () => {
    const v1 = {
      version: 1,
      data: {
        surveys: [{ surveyId: 'abcdefgh', clientId: 'acme-id', askedOn: '2026-01-02' }],
        replies: [
          {
            surveyId: 'abcdefgh',
            clientId: 'acme-id',
            answeredOn: '2026-01-05',
            savedOn: '2026-01-06',
            ratings: REPLY.ratings,
            recommend: 7,
            comment: '',
          },
        ],
      },
    };
    localStorage.setItem(KEY, JSON.stringify(v1));
    const s = await loadStores();
    expect(s.$surveyData.get()).toEqual(v1.data);
    expect(s.$savedDataNotices.get()).toEqual([]);
  });

  it('sets aside data of a newer version or an impossible rating, with a notice, and starts empty', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 2, data: { surveys: [], replies: [] } }));
    let s = await loadStores();
    expect(s.$surveyData.get()).toEqual({ surveys: [], replies: [] });
    expect(s.$savedDataNotices.get().map((n) => n.name)).toEqual([SURVEY_STORE_NAME]);
    localStorage.clear();
    localStorage.setItem(
      KEY,
      JSON.stringify({
        version: 1,
        data: {
          surveys: [],
          replies: [
            {
              surveyId: 'abcdefgh',
              clientId: 'a',
              answeredOn: '2026-01-05',
              savedOn: '2026-01-06',
              ratings: { ...REPLY.ratings, core: 11 },
              recommend: 7,
              comment: '',
            },
          ],
        },
      }),
    );
    s = await loadStores();
    expect(s.$surveyData.get().replies).toEqual([]);
    expect(s.$savedDataNotices.get()).toHaveLength(1);
  });
});

describe('merging a backup', () => {
  const rule = MERGE_RULES[SURVEY_STORE_NAME]!;
  const reply = {
    surveyId: 'abcdefgh',
    clientId: 'file-acme',
    answeredOn: '2026-01-05',
    savedOn: '2026-01-06',
    ratings: REPLY.ratings,
    recommend: 7,
    comment: '',
  };

  it('adds the file’s surveys and replies under the merged client ids, one reply per survey, the later answered kept', () => {
    const current = {
      surveys: [],
      replies: [{ ...reply, clientId: 'acme', recommend: 2 }],
    };
    const incoming = {
      surveys: [{ surveyId: 'zzzzzzzz', clientId: 'file-acme', askedOn: '2026-02-01' }],
      replies: [
        { ...reply, answeredOn: '2026-01-04' },
        { ...reply, surveyId: 'zzzzzzzz', answeredOn: '2026-02-03' },
      ],
    };
    const merged = rule.merge(current, incoming, (id: string) => (id === 'file-acme' ? 'acme' : id)) as typeof current;
    expect(merged.surveys).toEqual([{ surveyId: 'zzzzzzzz', clientId: 'acme', askedOn: '2026-02-01' }]);
    expect(merged.replies.map((r) => [r.surveyId, r.clientId, r.recommend])).toEqual([
      ['abcdefgh', 'acme', 2],
      ['zzzzzzzz', 'acme', 7],
    ]);
    expect(rule.count(merged)).toBe(2);
  });
});

describe('My plan’s summary', () => {
  it('is empty before any survey, then gives each client’s latest client-view score and the Net Promoter Score of the last 12 months', async () => {
    const s = await loadStores();
    const { createPlanSummary } = await import('../summary');
    const summary = createPlanSummary();
    expect(summary.get()).toBeUndefined();
    const { survey } = askAcme(s);
    expect(summary.get()).toMatchObject({
      clients: [],
      awaitingReply: 1,
      netPromoterScore: { total: 0, score: undefined },
    });
    s.saveReply({ ...REPLY, surveyId: survey.surveyId }, undefined, TODAY);
    const bolt = s.addClient('Bolt');
    // Bolt's reply is older than 12 months: listed, but not counted in the score.
    s.saveReply(
      {
        ...REPLY,
        surveyId: 'oldreply',
        answeredOn: '2025-03-10',
        recommend: 2,
      },
      bolt.ok ? { clientId: bolt.client.id } : undefined,
      TODAY,
    );
    const now = summary.get()!;
    expect(now.awaitingReply).toBe(0);
    expect(now.clients.map((c) => [c.clientName, c.recommend, c.answeredOn])).toEqual([
      ['Acme', 9, '2026-03-09'],
      ['Bolt', 2, '2025-03-10'],
    ]);
    expect(now.netPromoterScore).toEqual({
      promoters: 1,
      passives: 0,
      detractors: 0,
      total: 1,
      score: 100,
    });
  });
});
