/**
 * The printable weekly loyalty checklist: six habits by seven days for the week chosen, key clients, notes,
 * the end-of-week review, a running tally with the six-habit challenge, and the last eight weeks.
 *
 * The server renders a blank sheet (no dates: the build day is not "this week"), which prints the same way
 * without JavaScript. Once hydrated, the island shows this week's saved sheet and the week, print and history
 * controls. State and rules live in `src/tools/weekly-checklist/store.ts` and `src/tools/weekly-checklist/model.ts`.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { describeTally, formatWeekTitle, isSheetEmpty, listWeekDays, summarizeWeeks, tallyWeek } from './model';
import type { WeekSheet } from './schema';
import {
  $checklist,
  $knownClients,
  $paperSize,
  $shownSheet,
  $shownWeek,
  $thisWeek,
  clearWeek,
  hasKeyClients,
  listKeyClientNames,
  loadClients,
  restoreWeek,
  setHabitNote,
  setKeyClient,
  setReviewAnswer,
  setTick,
} from './store';
import SavedDataNotices from '../shared/SavedDataNotices';
import UndoBar from '../shared/UndoBar';
import { useHydrated } from '../shared/use-hydrated';
import { $today } from '../shared/today';
import ChecklistSheet, { GRID_ID, type SheetActions } from './ChecklistSheet';
import HistoryStrip from './HistoryStrip';
import PrintControls, { type PrintRequest } from './PrintControls';
import TodayView from './TodayView';
import WeekControls from './WeekControls';
import './weekly-checklist.css';

/** Props of {@link WeeklyChecklist}. */
export interface WeeklyChecklistProps {
  /**
   * On the tool's own page, printing (even with the browser's own Print command) shows the sheet alone,
   * without the page's title and explanations.
   */
  printAlone?: boolean;
  /** The tool's rule-of-thumb line (its page's `ruleOfThumb`), printed at the foot of the sheet. */
  ruleOfThumb?: string;
}

/** Saved stores this tool reads, whose set-aside notices it shows. */
const STORE_NAMES = ['weekly-checklist', 'clients'] as const;

/** A cleared sheet kept for Undo. */
interface Cleared {
  week: string;
  sheet: WeekSheet;
}

/** The weekly checklist island. */
export default function WeeklyChecklist({ printAlone = false, ruleOfThumb }: WeeklyChecklistProps) {
  // False for the first render, which must match the server's blank sheet; true once running in the browser.
  const hydrated = useHydrated();
  const [printing, setPrinting] = useState<PrintRequest | null>(null);
  const [cleared, setCleared] = useState<Cleared | null>(null);
  const data = useStore($checklist);
  const week = useStore($shownWeek);
  const thisWeek = useStore($thisWeek);
  const sheet = useStore($shownSheet);
  const paper = useStore($paperSize);
  const clients = useStore($knownClients);
  const today = useStore($today);
  const [isWeekShown, setWeekShown] = useState(false);
  useEffect(() => {
    if (hasKeyClients(sheet)) void loadClients();
  }, [sheet]);

  const filled = hydrated && printing?.mode !== 'blank';
  const actions: SheetActions = {
    onTick: (habit, day, ticked) => setTick(week, habit, day, ticked),
    onNote: (habit, text) => setHabitNote(week, habit, text),
    onKeyClient: (slot, name) => setKeyClient(week, slot, name),
    onKeyClientFocus: () => void loadClients(),
    onReview: (question, text) => setReviewAnswer(week, question, text),
  };
  // The today view stands in for the grid on narrow screens, for this week only (another week has no today).
  const todayInWeek = filled && week === thisWeek ? listWeekDays(week).find((day) => day.date === today) : undefined;
  const clearShownWeek = () => {
    const removed = clearWeek(week);
    if (removed) setCleared({ week, sheet: removed });
  };

  return (
    <div
      class="tool weekly-checklist"
      data-print-alone={printAlone ? '' : undefined}
      data-view={todayInWeek && !isWeekShown ? 'today' : undefined}
    >
      {hydrated && <SavedDataNotices names={STORE_NAMES} />}
      {hydrated && <WeekControls week={week} thisWeek={thisWeek} />}
      {hydrated && <PrintControls paper={paper} printing={printing} onPrint={setPrinting} />}
      {todayInWeek && (
        <TodayView
          today={todayInWeek}
          sheet={sheet}
          gridId={GRID_ID}
          isWeekShown={isWeekShown}
          onTick={(habit, ticked) => setTick(week, habit, todayInWeek.id, ticked)}
          onShowWeek={setWeekShown}
        />
      )}
      <ChecklistSheet
        week={filled ? week : undefined}
        sheet={filled ? sheet : {}}
        keyClientNames={filled ? listKeyClientNames(sheet, clients) : []}
        clientNames={hydrated && clients ? clients.map((client) => client.name) : []}
        paper={hydrated ? paper : undefined}
        today={filled ? today : undefined}
        actions={filled ? actions : undefined}
        ruleOfThumb={ruleOfThumb}
      />
      {hydrated && (
        <div class="weekly-summary no-print">
          <p class="result-panel weekly-tally" role="status">
            <strong>{formatWeekTitle(week)}:</strong> {describeTally(tallyWeek(sheet))}
          </p>
          <HistoryStrip weeks={summarizeWeeks(data.weeks, week)} shownWeek={week} />
          {!isSheetEmpty(sheet) && (
            <div class="button-row">
              <button type="button" class="secondary" onClick={clearShownWeek}>
                Clear this sheet
              </button>
            </div>
          )}
          {cleared && (
            <UndoBar
              message={`Cleared the sheet for ${formatWeekTitle(cleared.week)}.`}
              onUndo={() => {
                restoreWeek(cleared.week, cleared.sheet);
                setCleared(null);
              }}
              onDismiss={() => setCleared(null)}
            />
          )}
        </div>
      )}
    </div>
  );
}
