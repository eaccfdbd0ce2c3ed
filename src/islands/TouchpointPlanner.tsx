/**
 * Placeholder for the touchpoint planner (built in its own issue, #7). It renders a short note so the pages that
 * place it already work.
 */
export default function TouchpointPlanner() {
  return <p>This tool is being built. The guidance around it already applies.</p>;
}
