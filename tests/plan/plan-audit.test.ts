// The plan's audit entries read as sentences in both languages (the folder's audit trail tab).
import { describe, expect, it } from 'vitest';
import { auditSentence } from '../../renderer/src/folder/audit-sentence.ts';
import { en } from '../../renderer/src/i18n/en.ts';
import { vi } from '../../renderer/src/i18n/vi.ts';

const say = (action: string, detail: unknown, lang: 'en' | 'vi') => auditSentence(action, JSON.stringify(detail), lang === 'en' ? en : vi);

describe('plan audit sentences', () => {
  it.each([
    ['plan.event', { kind: 'filed', day: '2026-11-20' }, 'Filed on DVCQG on 20 Nov 2026', 'Đã nộp trên DVCQG ngày 20/11/2026'],
    ['plan.event', { kind: 'returned', day: '2026-11-25' }, 'Sent back for supplementation on 25 Nov 2026', 'Bị trả lại để bổ sung ngày 25/11/2026'],
    ['calendar.swap_day', { day: '2026-02-21', kind: 'work', note: '' }, '21 Feb 2026: make-up working day', '21/02/2026: ngày làm bù'],
    ['calendar.swap_day', { day: '2026-02-13', kind: null, note: '' }, '13 Feb 2026: swap day removed', '13/02/2026: bỏ ngày nghỉ bù, làm bù'],
    ['shipment.eta_set', { from: null, to: '2026-12-03' }, 'ETA 3 Dec 2026', 'ETA 03/12/2026'],
    ['shipment.eta_set', { from: '2026-12-03', to: '2026-12-10' }, 'ETA 3 Dec 2026 → 10 Dec 2026', 'ETA 03/12/2026 → 10/12/2026'],
  ])('%s %j', (action, detail, english, vietnamese) => {
    expect(say(action, detail, 'en')).toBe(english);
    expect(say(action, detail, 'vi')).toBe(vietnamese);
  });
});
