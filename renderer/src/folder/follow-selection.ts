// Which finding stays selected when the folder's findings are replaced (a document re-imported, a re-check, the
// language switched). Finding ids change on every re-check, so the selection follows the finding itself — its
// code and model — never its id or its position in the list: a pane left holding some other finding, with cells
// from a file no longer in the folder, would have the user acknowledge something they never looked at.
import type { FindingView } from '../../../shared/ipc/contract.ts';

const sameFinding = (a: FindingView, b: FindingView) => a.code === b.code && (a.model ?? null) === (b.model ?? null);
const cellsOf = (f: FindingView) => f.refs.map((r) => `${r.role}!${r.sheet}!${r.cell}`).sort().join(' ');

/** The id of the finding in `after` that is the one selected in `before`; null when it went away. */
export function followSelection(before: FindingView[], selected: number | null, after: FindingView[]): number | null {
  if (selected === null) return null;
  const old = before.find((f) => f.id === selected);
  if (!old) return null;
  const candidates = after.filter((f) => sameFinding(f, old));
  if (candidates.length <= 1) return candidates[0]?.id ?? null;
  // Several findings of one code for one model (two lines of it): the one on the same cells, else the same message,
  // else the one in the same place among them.
  const byCells = candidates.find((f) => cellsOf(f) === cellsOf(old));
  if (byCells) return byCells.id;
  const siblings = before.filter((f) => sameFinding(f, old));
  return candidates[siblings.indexOf(old)]?.id ?? null;
}
