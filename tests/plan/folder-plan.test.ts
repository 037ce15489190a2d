// A folder's plan as the app shows it: permit needed or not, the flag, the next action, urgency order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../shared/calendar/calendar.ts';
import { parseHolidayTable } from '../../shared/calendar/holiday-table.ts';
import { folderNextAction, folderPlan, urgencyKey, type FolderPlanInput } from '../../shared/plan/folder-plan.ts';

const cal = makeCalendar(parseHolidayTable(readFileSync(join(import.meta.dirname, '..', '..', 'resources', 'holidays', 'vn-holidays.csv'), 'utf8')));
const fp = (i: Partial<FolderPlanInput>) => folderPlan(cal, { direction: 'import', controlled: true, dates: {}, today: '2026-11-20', ...i });

describe('folder plan', () => {
  it('says no permit is needed when the invoice has no controlled item, whatever the dates', () => {
    const p = fp({ eta: '2026-11-24', controlled: false });
    expect(p).toMatchObject({ flag: 'not_needed', permitNeeded: 'no' });
    expect(p.plan).toBeUndefined();
    expect(folderNextAction(p, 'en')).toBe('No permit needed: no invoiced item is on the controlled list in force.');
  });

  it('plans an export from its ETD and asks for the date when there is none', () => {
    expect(fp({ direction: 'export', eta: '2026-12-21' })).toMatchObject({ anchor: 'etd', flag: 'on_track', plan: { file_by: '2026-12-10' } });
    expect(folderNextAction(fp({ direction: 'export' }), 'en')).toBe('Enter the ETD to plan the permit.');
    expect(folderNextAction(fp({}), 'vi')).toBe('Nhập ngày hàng đến (ETA) để lập kế hoạch xin giấy phép.');
  });

  it('flags due within 2 working days, late, received; and says when no invoice tells whether a permit is needed', () => {
    expect(fp({ eta: '2026-12-03' })).toMatchObject({ flag: 'due', plan: { workingDaysLeft: 2 } });
    expect(fp({ eta: '2026-12-04' })).toMatchObject({ flag: 'on_track', plan: { workingDaysLeft: 3 } });
    expect(folderNextAction(fp({ eta: '2026-12-03', today: '2026-11-24' }), 'en')).toBe('File the application today.');
    expect(fp({ eta: '2026-11-24' })).toMatchObject({ flag: 'late', plan: { late_by: 5 } });
    expect(fp({ eta: '2026-11-24', dates: { filed: '2026-11-10', permitReceived: '2026-11-18' } }).flag).toBe('received');
    expect(folderNextAction(fp({ eta: '2026-12-20', controlled: null }), 'en')).toMatch(/No invoice yet/);
    expect(folderNextAction(fp({ eta: '2026-12-03', dates: { filed: '2026-11-10', returned: '2026-11-18' } }), 'en')).toMatch(/sent back/);
  });

  it('sorts most late first, then due, then by file-by day, folders without a plan last', () => {
    const rows = [
      { ref: 'far', flag: 'on_track', fileBy: '2027-01-06' },
      { ref: 'none', flag: 'not_needed' },
      { ref: 'late1', flag: 'late', fileBy: '2026-11-18', lateBy: 1 },
      { ref: 'due', flag: 'due', fileBy: '2026-11-24' },
      { ref: 'late5', flag: 'late', fileBy: '2026-11-13', lateBy: 5 },
      { ref: 'near', flag: 'on_track', fileBy: '2026-12-01' },
      { ref: 'nodate', flag: 'no_date' },
    ] as const;
    expect([...rows].sort((a, b) => urgencyKey(a).localeCompare(urgencyKey(b))).map((r) => r.ref))
      .toEqual(['late5', 'late1', 'due', 'near', 'far', 'nodate', 'none']);
  });
});
