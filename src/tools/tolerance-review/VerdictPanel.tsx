/**
 * The verdict of the review being filled in: the Tolerance status output, how much of the zone is used, the
 * reasons and the recovery steps. Only the status is a live region, so answering a question announces one
 * short line rather than the whole panel.
 */
import { useId } from 'preact/hooks';
import {
  describeReasonPoints,
  NEAR_EDGE_MARGIN_POINTS,
  TOLERANCE_STATUS_LABELS,
  type ToleranceVerdict,
} from './model';

/** Props of {@link VerdictPanel}. */
export interface VerdictPanelProps {
  /** The verdict, or undefined while the relationship strength is unknown. */
  verdict: ToleranceVerdict | undefined;
}

// Half a point puts each meter boundary between two whole strains, so the colours change exactly where the
// status does.
const MIDWAY = 0.5;

/** Shows where the client stands and what to do. */
export default function VerdictPanel({ verdict }: VerdictPanelProps) {
  const id = useId();
  return (
    <div class="result-panel tr-verdict">
      <p class="tr-status-line">
        <span id={`${id}-status-label`}>Tolerance status</span>{' '}
        <output aria-labelledby={`${id}-status-label`} class={verdict ? `tr-status tr-status-${verdict.status}` : 'tr-status'}>
          {verdict ? TOLERANCE_STATUS_LABELS[verdict.status] : 'Not known yet: choose the relationship strength'}
        </output>
      </p>
      {verdict && (
        <>
          <p class="tr-zone">
            <label id={`${id}-zone-label`} for={`${id}-zone`}>
              Zone used
            </label>{' '}
            <meter
              id={`${id}-zone`}
              aria-labelledby={`${id}-zone-label`}
              min={0}
              max={verdict.zoneWidth}
              value={Math.min(Math.max(verdict.strain, 0), verdict.zoneWidth)}
              optimum={0}
              low={verdict.zoneWidth - NEAR_EDGE_MARGIN_POINTS - MIDWAY}
              high={verdict.zoneWidth - MIDWAY}
            />{' '}
            <span>
              {verdict.strain} of {verdict.zoneWidth} points
            </span>
          </p>
          <h3 class="tr-subheading">Why</h3>
          {verdict.reasons.length === 0 ? (
            <p>Nothing is using up the zone: no contact fell short and no pressure bears on the relationship.</p>
          ) : (
            <ul class="tr-reasons">
              {verdict.reasons.map((reason) => (
                <li key={reason.text}>
                  {reason.text}: {describeReasonPoints(reason.points)}
                </li>
              ))}
            </ul>
          )}
          <h3 class="tr-subheading">What to do</h3>
          <ol class="tr-steps">
            {verdict.steps.map((step) => (
              <li key={step.id}>{step.text}</li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
