/**
 * The loyalty-equation scorer: seven ratings in, a loyalty score with its working, band and next actions
 * out; scorecards saved per client, a share link, print.
 *
 * The server renders the form unrated (no score, no band); the browser shows the same on its first render
 * (so hydration matches), then switches to what this browser saved and to a share link's ratings. The
 * score appears once all seven inputs are rated; until then the result lists what is still to rate.
 * The saved-scorecard list (with the client list and nanoid) loads only when this browser has saved
 * scorecards or clients, or the user starts naming a client, which keeps a first visit small.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { FACTOR_IDS, FACTOR_LABELS, isFullyRated, listUnratedInputs, SCORE_MAX, scoreLoyalty } from './model';
import { pickNextActions } from './advice';
import { INPUTS, toShareQuery, type ShareQueryResult } from './form';
import type { Client } from '../shared/clients';
import type { Comparison } from './scorecards-store';
import {
  $draft,
  $fieldTexts,
  applyShareQuery,
  checkFieldTexts,
  hasInvalidEntry,
  INITIAL_DRAFT,
  SCORECARD_STORE_NAMES,
  SCORER_STORE_NAMES,
  setClientName,
  setFieldText,
  startNewScorecard,
  toFieldTexts,
} from './draft-store';
import './loyalty-score.css';
import RatingField from './RatingField';
import SavedSection from './SavedSection';
import ScoreResult from './ScoreResult';
import ScoreSummaryBar from './ScoreSummaryBar';
import ClientNameField from '../shared/ClientNameField';
import CopyLinkButton from '../shared/CopyLinkButton';
import RecordStamp from '../shared/RecordStamp';
import SavedDataNotices from '../shared/SavedDataNotices';
import { watchWrites } from '../shared/saved-store';
import { createLazyLoader, hasSavedData } from '../shared/lazy-load';
import { useHydrated } from '../shared/use-hydrated';

type ScorecardModule = typeof import('./ScorecardPanel');

const loadScorecardPanel = createLazyLoader(() => import('./ScorecardPanel'));

const INITIAL_TEXTS = toFieldTexts(INITIAL_DRAFT.entries);
const INITIAL_CHECKS = checkFieldTexts(INITIAL_TEXTS);

/** Removes the scorer's ratings from the address once read, so a reload shows the saved form instead. */
function removeShareQueryFromAddress(): void {
  const url = new URL(window.location.href);
  for (const input of INPUTS) url.searchParams.delete(input.id);
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

/** The loyalty-equation scorer. */
export default function LoyaltyScorer() {
  const idPrefix = `ls${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const isHydrated = useHydrated();
  const [linkRead, setLinkRead] = useState<ShareQueryResult | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [clientError, setClientError] = useState<string | undefined>(undefined);
  const [scorecards, setScorecards] = useState<ScorecardModule | undefined>(undefined);
  const [comparison, setComparison] = useState<Comparison | undefined>(undefined);
  const [clients, setClients] = useState<readonly Client[]>([]);

  const liveDraft = useStore($draft);
  const liveTexts = useStore($fieldTexts);

  async function loadScorecards(): Promise<ScorecardModule> {
    const module = await loadScorecardPanel();
    setScorecards(module);
    return module;
  }

  /** Loads the list ahead of need; a failed load (offline) is tried again on the next need. */
  function preloadScorecards(): void {
    loadScorecards().catch(() => undefined);
  }

  useEffect(() => {
    const read = applyShareQuery(window.location.search);
    if (read) {
      setLinkRead(read);
      removeShareQueryFromAddress();
    }
    if (hasSavedData(SCORECARD_STORE_NAMES)) preloadScorecards();
  }, []);

  useEffect(() => {
    if (!scorecards) return undefined;
    const stopComparison = scorecards.$comparison.subscribe((value) => setComparison(value));
    const stopClients = scorecards.$clients.subscribe((value) => setClients(value));
    return () => {
      stopComparison();
      stopClients();
    };
  }, [scorecards]);

  // Until hydrated, render exactly what the server rendered.
  const draft = isHydrated ? liveDraft : INITIAL_DRAFT;
  const texts = isHydrated ? liveTexts : INITIAL_TEXTS;
  const checks = isHydrated ? checkFieldTexts(liveTexts) : INITIAL_CHECKS;
  const isWaiting = isHydrated && hasInvalidEntry(checks);
  const unrated = listUnratedInputs(draft.entries);
  const rated = isFullyRated(draft.entries) ? draft.entries : undefined;
  const result = rated && scoreLoyalty(rated);

  const clientFieldId = `${idPrefix}-client`;
  const resultHeadingId = `${idPrefix}-result-heading`;

  async function save(event: Event) {
    event.preventDefault();
    let module: ScorecardModule;
    try {
      module = await loadScorecards();
    } catch {
      setStatus('Could not load saving (are you offline?). Nothing was saved; try again in a moment.');
      return;
    }
    const { value: saved, failure } = watchWrites(module.saveScorecard);
    if (saved.ok && failure) {
      setClientError(undefined);
      setStatus(`The scorecard for ${saved.clientName} is not saved: the browser refused to store it (see the message above).`);
    } else if (saved.ok) {
      setClientError(undefined);
      setStatus(`${saved.replacedToday ? 'Updated today’s' : 'Saved a'} scorecard for ${saved.clientName}: ${saved.score} out of ${SCORE_MAX}.`);
    } else if (saved.field === 'clientName') {
      setClientError(saved.message);
      setStatus('');
      document.getElementById(clientFieldId)?.focus();
    } else {
      setStatus(saved.message);
      if (saved.input) document.getElementById(`${idPrefix}-${saved.input}`)?.focus();
    }
  }

  return (
    <div class="tool loyalty-scorer">
      <RecordStamp client={draft.clientName} />
      {isHydrated && <SavedDataNotices names={SCORER_STORE_NAMES} />}
      {linkRead && (
        <div class="notice no-print" role="status">
          {Object.keys(linkRead.entries).length > 0 && <p>The ratings below come from the link you opened.</p>}
          {linkRead.ignored.length > 0 && (
            <p>
              Ignored from the link, as not a whole number from 0 to 10:{' '}
              {linkRead.ignored.map((item) => item.label).join(', ')}.
            </p>
          )}
          <p>
            <button type="button" class="secondary" onClick={() => setLinkRead(undefined)}>
              Dismiss
            </button>
          </p>
        </div>
      )}
      <p class="loyalty-scale">
        Rate each part from <strong>0</strong> (absent) to <strong>10</strong> (as good as it gets), in whole numbers.
        Each factor and the loyalty score run from <strong>0 to 100</strong>.
      </p>
      <div class="loyalty-layout">
        <form class="loyalty-form" onSubmit={save} noValidate>
          <ClientNameField
            id={clientFieldId}
            hint="Optional; needed to save a scorecard."
            error={clientError}
            clients={clients}
            value={draft.clientName}
            onFocus={preloadScorecards}
            onValue={(name) => {
              setClientName(name);
              setClientError(undefined);
            }}
          />
          {FACTOR_IDS.map((factor) => (
            <fieldset key={factor}>
              <legend>{FACTOR_LABELS[factor]}</legend>
              {INPUTS.filter((input) => input.factor === factor).map((input) => (
                <RatingField
                  key={input.id}
                  input={input}
                  idPrefix={idPrefix}
                  text={texts[input.id].text}
                  value={draft.entries[input.id]}
                  check={checks[input.id]}
                  onText={(text, isBadInput) => setFieldText(input.id, text, isBadInput)}
                />
              ))}
            </fieldset>
          ))}
          {/* Paper gets the ratings as words: a text box prints as an empty-looking frame. */}
          <ul class="print-only loyalty-print-ratings">
            {INPUTS.map((input) => (
              <li key={input.id}>
                {input.label}: {draft.entries[input.id] ?? 'not rated'}
              </li>
            ))}
          </ul>
          <div class="button-row no-print">
            <button type="submit">Save scorecard</button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                startNewScorecard();
                setClientError(undefined);
                setStatus('Started a new scorecard: nothing is rated yet.');
              }}
            >
              New scorecard
            </button>
            <CopyLinkButton
              buildUrl={() => `${window.location.origin}${window.location.pathname}?${toShareQuery(draft.entries)}`}
              linkedState={toShareQuery(draft.entries)}
            />
          </div>
          <p class="loyalty-status no-print" role="status">
            {status}
          </p>
          <ScoreSummaryBar result={result} isWaiting={isWaiting} resultHeadingId={resultHeadingId} />
        </form>
        <ScoreResult
          idPrefix={idPrefix}
          result={result}
          unrated={unrated}
          actions={rated && result ? pickNextActions(rated, result) : []}
          isWaiting={isWaiting}
          comparison={isHydrated ? comparison : undefined}
        />
      </div>
      {scorecards ? (
        <scorecards.default
          idPrefix={idPrefix}
          onStatus={setStatus}
          onOpened={(message) => {
            setClientError(undefined);
            setStatus(message);
            document.getElementById(resultHeadingId)?.focus();
          }}
        />
      ) : (
        <SavedSection idPrefix={idPrefix} />
      )}
    </div>
  );
}
