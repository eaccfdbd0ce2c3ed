// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_REMINDER_DAYS, BACKUP_STATUS_KEY, findReminderDue, type BackupStatus } from '../keep-data';

async function loadModules() {
  vi.resetModules();
  const keep = await import('../keep-data');
  const saved = await import('../saved-store');
  const today = await import('../today');
  return { ...keep, ...saved, ...today };
}

beforeAll(() => loadModules(), 60_000);
beforeEach(() => localStorage.clear());

describe('findReminderDue', () => {
  const status = (changedSince?: string, remindAfterDays: number | null = BACKUP_REMINDER_DAYS): BackupStatus =>
    changedSince ? { changedSince, remindAfterDays } : { remindAfterDays };

  it(`is due after ${BACKUP_REMINDER_DAYS} days of changes without an export, not before`, () => {
    expect(findReminderDue(status('2026-03-01'), '2026-03-14')).toBeUndefined();
    expect(findReminderDue(status('2026-03-01'), '2026-03-15')).toBe(14);
  });

  it('is never due when nothing changed since the last export, or when turned off', () => {
    expect(findReminderDue(status(), '2027-01-01')).toBeUndefined();
    expect(findReminderDue(status('2026-03-01', null), '2027-01-01')).toBeUndefined();
    expect(findReminderDue(status('2026-03-01', 7), '2026-03-08')).toBe(7);
  });
});

describe('the backup status', () => {
  it('notes the first stored change, asks once to keep the data, and forgets the change on export', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    Object.defineProperty(navigator, 'storage', { value: { persist, persisted: vi.fn().mockResolvedValue(false) }, configurable: true });
    const s = await loadModules();
    s.setToday('2026-03-01');
    const store = s.createSavedStore({ name: 'example', label: 'example', version: 1, schema: { safeParse: (data: unknown) => ({ success: true as const, data }) }, initial: 0 });
    store.set(1);
    await vi.waitFor(() => expect(localStorage.getItem(BACKUP_STATUS_KEY)).not.toBeNull());
    s.setToday('2026-03-05');
    store.set(2);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(JSON.parse(localStorage.getItem(BACKUP_STATUS_KEY)!)).toEqual({ remindAfterDays: BACKUP_REMINDER_DAYS, changedSince: '2026-03-01' });
    await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
    s.noteExported('2026-03-20');
    expect(s.$backupStatus.get()).toEqual({ lastExportOn: '2026-03-20', remindAfterDays: BACKUP_REMINDER_DAYS });
    s.setReminderDays(null);
    expect(JSON.parse(localStorage.getItem(BACKUP_STATUS_KEY)!).remindAfterDays).toBeNull();
  });

  it('notes nothing when the browser refuses the write', async () => {
    const s = await loadModules();
    const store = s.createSavedStore({ name: 'example', label: 'example', version: 1, schema: { safeParse: (data: unknown) => ({ success: true as const, data }) }, initial: 0 });
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.set(1);
    full.mockRestore();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(s.$backupStatus.get().changedSince).toBeUndefined();
  });
});
