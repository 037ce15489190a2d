// The renderer's pure helpers: checklist groups, role guess, finding rows.
import { describe, expect, it } from 'vitest';
import { checklist } from '../../renderer/src/folder/checklist.ts';
import { guessRole } from '../../renderer/src/import/guess-role.ts';
import { findingRows } from '../../renderer/src/folder/group-findings.ts';
import { index, letter } from '../../renderer/src/import/columns.ts';
import type { DocumentInfo, FindingView } from '../../shared/ipc/contract.ts';

const doc = (role: DocumentInfo['role']) => ({ role }) as DocumentInfo;

describe('checklist of procedure 1.013203', () => {
  it('lists the six groups, all missing for an empty folder', () => {
    const groups = checklist({ documents: [], files: [] });
    expect(groups.map((g) => g.group)).toEqual(['legal', 'application', 'technical', 'conformity', 'trade', 'timeline']);
    expect(groups.every((g) => g.status === 'missing')).toBe(true);
  });

  it('counts imported documents and tagged attachments in their groups', () => {
    const groups = Object.fromEntries(checklist({
      documents: [doc('invoice'), doc('catalogue')],
      files: [{ name: 'licence.pdf', sha256: 'a', bytes: 1, group: 'legal' }, { name: 'invoice.xlsx', sha256: 'b', bytes: 1, role: 'invoice' }],
      eta: '2026-12-01',
    }).map((g) => [g.group, g]));
    expect(groups.trade.status).toBe('partial');
    expect(groups.technical.status).toBe('present');
    expect(groups.legal.status).toBe('present');
    expect(groups.legal.items).toEqual([{ kind: 'attachment', label: 'licence.pdf', present: true }]);
    expect(groups.timeline.status).toBe('present');
    expect(groups.application.status).toBe('missing');
  });
});

describe('role guess from the file name', () => {
  it.each([
    ['Commercial Invoice SG-2026.xlsx', 'invoice'],
    ['hoa-don-1187.xls', 'invoice'],
    ['PL_HPH-0117.xlsx', 'packing_list'],
    ['Phiếu đóng gói.xlsx', 'packing_list'],
    ['giay phep 2026.xlsx', 'permit'],
    ['Datasheet-HSM.xlsx', 'catalogue'],
  ])('%s → %s', (file, role) => expect(guessRole(file)).toBe(role));

  it('falls back to the first role the folder still lacks', () => {
    expect(guessRole('scan-0001.xlsx', new Set(['invoice', 'packing_list']))).toBe('permit');
  });
});

describe('finding rows', () => {
  const f = (id: number, severity: FindingView['severity'], model?: string): FindingView =>
    ({ id, code: 'QUANTITY_MISMATCH', severity, message: `m${id}`, refs: [], ...(model ? { model } : {}) });

  it('groups by severity, then model, errors first', () => {
    const rows = findingRows([f(1, 'warning', 'A'), f(2, 'error', 'B'), f(3, 'error'), f(4, 'error', 'B')]);
    expect(rows.map((r) => (r.kind === 'finding' ? r.finding.id : r.kind === 'model' ? `model:${r.model}` : `${r.severity}:${r.count}`)))
      .toEqual(['error:3', 'model:B', 2, 4, 'model:null', 3, 'warning:1', 'model:A', 1]);
  });
});

describe('column letters', () => {
  it('round-trips', () => {
    for (const [i, l] of [[0, 'A'], [25, 'Z'], [26, 'AA'], [701, 'ZZ'], [702, 'AAA']] as const) {
      expect(letter(i)).toBe(l);
      expect(index(l)).toBe(i);
    }
  });
});
