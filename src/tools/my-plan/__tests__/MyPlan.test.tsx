import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import MyPlan from '../MyPlan';
import {
  $lastChange,
  $pendingImport,
  $planStatus,
  deleteAllData,
  exportData,
  loadAllTools,
  startPlan,
} from '../store';
import { listSavedStores } from '../../shared/saved-store';
import { setToday } from '../../shared/today';
import { readSiteStorage, TODAY, TOOL_DATA } from './fixtures/my-plan-data';

/** Puts every tool back to never used (the island's modules stay loaded between tests). */
async function clearEverything(): Promise<void> {
  await deleteAllData();
  $lastChange.set(undefined);
  $pendingImport.set(undefined);
}

/** Saves each tool's data through its own store, as the tools would. */
function seedStores(data: Record<string, unknown> = TOOL_DATA): void {
  for (const entry of listSavedStores()) {
    if (entry.spec.name in data) entry.store.set(data[entry.spec.name]);
  }
}

/** Lets islands catch up: @nanostores/preact re-renders on a timer after a store changes. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

async function renderPlan() {
  render(<MyPlan />);
  await screen.findByRole('heading', { name: 'Where you stand' });
  await settle();
}

function toolCard(title: string): HTMLElement {
  return screen.getByRole('region', { name: title });
}

// Every tool's module is loaded once for the whole file; transforming them can take a while.
beforeAll(async () => {
  setToday(TODAY);
  await loadAllTools();
  await startPlan();
}, 60_000);

beforeEach(async () => {
  setToday(TODAY);
  await clearEverything();
});

afterEach(() => vi.restoreAllMocks());

describe('MyPlan on the server', () => {
  it('renders a neutral frame with no saved data or dates, and controls that wait for the browser', () => {
    seedStores();
    $planStatus.set('idle');
    const html = renderToString(<MyPlan />);
    $planStatus.set('ready');
    expect(html).toContain('Your next five actions');
    expect(html).toContain('Nothing is sent anywhere');
    expect(html).not.toContain('Acme');
    expect(html).not.toMatch(/20\d\d/);
    expect(html).toMatch(/<button type="button" disabled(="")?>Export my data<\/button>/);
    expect(html).not.toMatch(/undefined|NaN|\[object Object\]/);
  });
});

describe('MyPlan', () => {
  it('invites to every tool never used, with a link, instead of showing zeros', async () => {
    await renderPlan();
    for (const title of ['Loyalty-equation scorer', 'Loyalty-ladder quiz', 'Weekly loyalty checklist', 'New-client touchpoint planner', 'Tolerance review']) {
      expect(within(toolCard(title)).getByText(/Not used yet/)).toBeInTheDocument();
    }
    expect(within(toolCard('Weekly loyalty checklist')).getByRole('link', { name: 'Start this week’s checklist' })).toHaveAttribute('href', '/tools/weekly-checklist/');
    const actions = within(screen.getByRole('region', { name: 'Your next five actions' })).getAllByRole('listitem');
    expect(actions).toHaveLength(5);
    expect(screen.queryByRole('region', { name: 'Your clients' })).toBeNull();
  });

  it('shows the latest scores, ladder step, week tally, upcoming contacts and customers needing attention', async () => {
    seedStores();
    await renderPlan();
    expect(toolCard('Loyalty-equation scorer')).toHaveTextContent('Acme: 29 (At risk), weakest factor Trust · saved Sun 8 Mar 2026');
    expect(within(toolCard('Loyalty-ladder quiz')).getByText('Step 2 of 5: Great service')).toBeInTheDocument();
    expect(toolCard('Loyalty-ladder quiz')).toHaveTextContent('quiz taken Sun 1 Mar 2026');
    expect(toolCard('Weekly loyalty checklist')).toHaveTextContent('This week: 2 of 6 habits practised, 3 ticks.');
    expect(within(toolCard('Weekly loyalty checklist')).getAllByRole('listitem')).toHaveLength(8);
    expect(toolCard('New-client touchpoint planner')).toHaveTextContent('Mon 9 Mar 2026 (overdue): Say thank you, Acme');
    expect(toolCard('Tolerance review')).toHaveTextContent('Bolt Ltd: Outside');
    const first = within(screen.getByRole('region', { name: 'Your next five actions' })).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('Say thank you: Acme');
    expect(first).toHaveTextContent('was due yesterday');
    expect(document.body.textContent).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  it('renames a client once, everywhere, and explains a name it refuses next to the field', async () => {
    seedStores();
    await renderPlan();
    fireEvent.click(screen.getByRole('button', { name: 'Rename Acme' }));
    await settle();
    const field = screen.getByLabelText('New name for Acme');
    expect(field).toHaveFocus();
    fireEvent.input(field, { target: { value: 'bolt ltd' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription('There is already a client called Bolt Ltd.');
    fireEvent.input(field, { target: { value: '<b>Acme</b> Group' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(toolCard('New-client touchpoint planner')).toHaveTextContent('Say thank you, <b>Acme</b> Group'));
    expect(toolCard('Loyalty-equation scorer')).toHaveTextContent('<b>Acme</b> Group');
    expect(screen.getByRole('button', { name: 'Rename <b>Acme</b> Group' })).toHaveFocus();
  });

  it('deletes one client after listing what each tool loses, and Undo brings it all back', async () => {
    seedStores();
    await renderPlan();
    const before = readSiteStorage();
    const deleteAcme = screen.getByRole('button', { name: 'Delete Acme' });
    expect(deleteAcme).toHaveClass('danger');
    fireEvent.click(deleteAcme);
    const question = await screen.findByRole('group', { name: 'Delete Acme from your client list?' });
    const confirm = await within(question).findByRole('button', { name: 'Yes, delete Acme' });
    expect(confirm).toHaveClass('danger');
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(within(question).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Loyalty-equation scorer: 1 scorecard',
      'New-client touchpoint planner: 1 plan',
      'Client survey: 1 survey reply, 1 survey asked',
    ]);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Acme' })).toBeNull());
    const clients = screen.getByRole('region', { name: 'Your clients' });
    expect(within(clients).getByRole('status')).toHaveTextContent('Deleted Acme and 1 scorecard, 1 plan, 1 survey reply, 1 survey asked.');
    const after = readSiteStorage();
    expect(JSON.stringify(after)).not.toContain('acme-id');
    // Bolt Ltd and its review are untouched.
    expect(toolCard('Tolerance review')).toHaveTextContent('Bolt Ltd: Outside');
    fireEvent.click(within(clients).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete Acme' })).toBeInTheDocument());
    expect(readSiteStorage()).toEqual(before);
  });

  it('keeps a client when the user says so', async () => {
    seedStores();
    await renderPlan();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Bolt Ltd' }));
    const question = await screen.findByRole('group', { name: 'Delete Bolt Ltd from your client list?' });
    await within(question).findByText('Tolerance review: 1 review');
    fireEvent.click(within(question).getByRole('button', { name: 'Keep Bolt Ltd' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: /^Delete Bolt Ltd/ })).toBeNull());
    expect(toolCard('Tolerance review')).toHaveTextContent('Bolt Ltd: Outside');
  });

  it('asks once before deleting everything, then offers Undo', async () => {
    seedStores();
    await renderPlan();
    const before = readSiteStorage();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    await settle();
    expect(screen.getByRole('button', { name: 'Yes, delete everything' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
    await settle();
    expect(readSiteStorage()).toEqual(before);

    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(within(toolCard('Tolerance review')).getByText(/Not used yet/)).toBeInTheDocument());
    expect(readSiteStorage()).toEqual({});
    expect(screen.getByRole('button', { name: 'Undo' }).closest('p')).toHaveTextContent('Deleted all your data from every tool in this browser.');

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(toolCard('Tolerance review')).toHaveTextContent('Bolt Ltd: Outside'));
    expect(readSiteStorage()).toEqual(before);
  });

  it('refuses a corrupt file with a message next to the field, and changes nothing', async () => {
    seedStores({ 'ladder-quiz': TOOL_DATA['ladder-quiz'] });
    await renderPlan();
    const before = readSiteStorage();
    const input = screen.getByLabelText('Choose an exported file');
    fireEvent.change(input, { target: { files: [new File(['{"format": "loyalty-playbook-backup", "version": 1'], 'backup.json')] } });
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription(/not readable JSON.*Nothing in this browser was changed\./);
    expect(screen.queryByRole('button', { name: 'Replace my data' })).toBeNull();
    expect(readSiteStorage()).toEqual(before);
  });

  it('shows what a good file brings in, then merges it when asked', async () => {
    seedStores();
    const exported = await exportData(new Date('2026-03-10T08:30:00Z'));
    if (!exported.ok) throw new Error(exported.message);
    await clearEverything();
    seedStores({ clients: [{ id: 'x', name: 'Xeno' }] });
    await renderPlan();
    const input = screen.getByLabelText('Choose an exported file');
    fireEvent.change(input, { target: { files: [new File([exported.file.text], exported.file.fileName)] } });
    const preview = await screen.findByRole('group', { name: `Import ${exported.file.fileName}?` });
    expect(within(preview).getByRole('row', { name: 'Client list 2 clients 1 client' })).toBeInTheDocument();
    expect(within(preview).getByRole('row', { name: 'Weekly checklist 1 week nothing' })).toBeInTheDocument();
    expect(within(toolCard('Weekly loyalty checklist')).getByText(/Not used yet/)).toBeInTheDocument();

    fireEvent.click(within(preview).getByRole('button', { name: 'Merge with my data' }));
    await waitFor(() => expect(toolCard('Weekly loyalty checklist')).toHaveTextContent('2 of 6 habits'));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Rename / }).map((b) => b.getAttribute('aria-label'))).toEqual(['Rename Xeno', 'Rename Acme', 'Rename Bolt Ltd']));
    await settle();
    expect(screen.queryByRole('group', { name: `Import ${exported.file.fileName}?` })).toBeNull();
    expect(screen.getByRole('button', { name: 'Undo' }).closest('p')).toHaveTextContent(
      `Imported ${exported.file.fileName}: the file’s data was merged with this browser’s.`,
    );
  });

  it('exports everything as one file and says where it went', async () => {
    seedStores();
    const saved: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (saved.push(blob), 'blob:backup'), revokeObjectURL: () => {} });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderPlan();
    fireEvent.click(screen.getByRole('button', { name: 'Export my data' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(screen.getByText(/Exported your data as loyalty-playbook-data-2026-03-10\.json/)).toBeInTheDocument();
    const file = JSON.parse(await saved[0]!.text());
    const exported = Object.keys(TOOL_DATA).filter((name) => name !== 'loyalty-score');
    expect(file.data.stores.map((entry: { name: string }) => entry.name).sort()).toEqual(exported.sort());
  });
});
