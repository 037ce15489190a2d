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
    // An ETA typed is not a timeline: without a plan on track nothing is ticked.
    expect(groups.timeline.status).toBe('missing');
    expect(groups.application.status).toBe('missing');
  });

  it('ticks the application from a saved Form 07 list or a filing date, and the timeline only when on track', () => {
    const folder = { documents: [doc('invoice')], files: [{ name: 'Form07-HPH-1.xlsx', sha256: 'c', bytes: 1, group: 'application' as const }], eta: '2026-12-01' };
    const late = Object.fromEntries(checklist(folder, { flag: 'late' }).map((g) => [g.group, g]));
    expect(late.application.items).toEqual([
      { kind: 'document', label: 'permit', present: false },
      { kind: 'form07', label: 'Form07-HPH-1.xlsx', present: true },
      { kind: 'filing', label: '', present: false },
    ]);
    expect(late.application.status).toBe('partial');
    expect(late.timeline.status).toBe('missing');
    const filed = Object.fromEntries(checklist(folder, { flag: 'on_track', filed: '2026-11-20' }).map((g) => [g.group, g]));
    expect(filed.application.items.filter((i) => i.present).map((i) => i.kind)).toEqual(['form07', 'filing']);
    expect(filed.timeline.status).toBe('present');
    expect(Object.fromEntries(checklist(folder, { flag: 'not_needed' }).map((g) => [g.group, g])).timeline.status).toBe('present');
    expect(Object.fromEntries(checklist(folder, { flag: 'due' }).map((g) => [g.group, g])).timeline.status).toBe('present');
    expect(Object.fromEntries(checklist(folder, { flag: 'no_date' }).map((g) => [g.group, g])).timeline.status).toBe('missing');
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
