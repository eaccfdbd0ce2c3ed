/**
 * Placeholder for the weekly checklist (built in its own issue, #6). It renders a short note so the pages that
 * place it already work.
 */
export default function WeeklyChecklist() {
  return <p>This tool is being built. The guidance around it already applies.</p>;
}
