// Findings grouped by severity, then by model, in the order the check produced them — flattened into rows
// so a virtual list can show 16,000 of them.
import type { FindingView } from '../../../shared/ipc/contract.ts';
import type { Severity } from '../../../shared/domain/types.ts';

export type FindingRow =
  | { kind: 'severity'; severity: Severity; count: number }
  | { kind: 'model'; severity: Severity; model: string | null }
  | { kind: 'finding'; finding: FindingView };

const ORDER: Severity[] = ['error', 'warning', 'info'];

export function findingRows(findings: FindingView[]): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const severity of ORDER) {
    const byModel = new Map<string | null, FindingView[]>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const key = f.model ?? null;
      let list = byModel.get(key);
      if (!list) byModel.set(key, (list = []));
      list.push(f);
    }
    if (byModel.size === 0) continue;
    rows.push({ kind: 'severity', severity, count: [...byModel.values()].reduce((n, l) => n + l.length, 0) });
    for (const [model, list] of byModel) {
      rows.push({ kind: 'model', severity, model });
      for (const finding of list) rows.push({ kind: 'finding', finding });
    }
  }
  return rows;
}
