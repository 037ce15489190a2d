// The plan in words, English and Vietnamese, for the CLI's text output and the app's timeline.
import type { Lang } from '../domain/types.ts';
import { weekdayName } from '../calendar/dates.ts';
import type { Plan } from './back-plan.ts';

const day = (iso: string, lang: Lang) => `${iso} (${weekdayName(iso, lang)})`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day as the app writes it: 23/11/2026 in Vietnamese, 23 Nov 2026 in English (never month-first). */
export function dayText(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  return lang === 'vi' ? `${d}/${m}/${y}` : `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** What to do next, in one sentence: what the timeline shows first. Days as ISO unless `fmt` says otherwise. */
export function nextAction(p: Plan, lang: Lang, fmt: (iso: string) => string = (d) => d): string {
  const vi = lang === 'vi';
  p = { ...p, permit_needed_by: fmt(p.permit_needed_by), file_by: fmt(p.file_by), ...(p.expected_approval ? { expected_approval: fmt(p.expected_approval) } : {}) };
  if (p.awaitingResubmission) {
    return vi ? 'Hồ sơ bị trả lại để bổ sung: hãy bổ sung và nộp lại ngay.' : 'The dossier was sent back for supplementation: complete it and file it again now.';
  }
  if (p.expected_approval) {
    if (p.status === 'late') {
      return vi
        ? `Giấy phép dự kiến cấp ngày ${p.expected_approval}, trễ ${p.late_by} ngày làm việc so với hạn ${p.permit_needed_by}: hãy báo khách hàng hoặc dời ngày hàng đến.`
        : `The permit is expected on ${p.expected_approval}, ${p.late_by} working day${p.late_by === 1 ? '' : 's'} after it is needed (${p.permit_needed_by}): warn the client or move the arrival.`;
    }
    return vi
      ? `Đã nộp hồ sơ; giấy phép dự kiến cấp ngày ${p.expected_approval}, kịp trước hạn ${p.permit_needed_by}.`
      : `Filed; the permit is expected on ${p.expected_approval}, in time for ${p.permit_needed_by}.`;
  }
  if (p.status === 'late') {
    return vi
      ? `Trễ ${p.late_by} ngày làm việc: nộp hồ sơ hôm nay thì giấy phép vẫn đến sau hạn ${p.permit_needed_by}.`
      : `${p.late_by} working day${p.late_by === 1 ? '' : 's'} late: filed today, the permit would still come after ${p.permit_needed_by}.`;
  }
  const left = p.workingDaysLeft ?? 0;
  if (left === 0) return vi ? 'Nộp hồ sơ xin giấy phép hôm nay.' : 'File the application today.';
  return vi
    ? `Nộp hồ sơ xin giấy phép chậm nhất ngày ${p.file_by} (còn ${left} ngày làm việc).`
    : `File the application by ${p.file_by} (${left} working day${left === 1 ? '' : 's'} left).`;
}

/** Said whenever a date relies on a guess: an estimated holiday, or a year the table does not have. */
export function estimatedNote(p: Plan, lang: Lang): string | null {
  if (!p.estimated) return null;
  const vi = lang === 'vi';
  if (p.unknownYears.length > 0) {
    const years = p.unknownYears.join(', ');
    return vi
      ? `Bảng ngày nghỉ lễ không có năm ${years}: các ngày trong năm đó được tính mọi thứ Hai đến thứ Sáu là ngày làm việc, hãy đối chiếu với thông báo nghỉ lễ chính thức.`
      : `The holiday table has no rows for ${years}: every Monday to Friday of that year is counted as a working day; check the dates against the official holiday notice.`;
  }
  return vi
    ? 'Một số ngày nghỉ lễ trong kế hoạch này là dự kiến (chưa có thông báo chính thức): hãy kiểm tra lại khi có thông báo.'
    : 'Some holidays this plan depends on are estimated (not yet announced): check the dates again once they are.';
}

export function planText(p: Plan, lang: Lang): string {
  const vi = lang === 'vi';
  const rows: [string, string][] = vi
    ? [
      ['Ngày hàng đến (ETA)', day(p.eta, lang)],
      ['Thời gian xử lý', `${p.processing_days} ngày làm việc`],
      ['Cần có giấy phép trước', day(p.permit_needed_by, lang)],
      ['Hạn nộp hồ sơ', day(p.file_by, lang)],
    ]
    : [
      ['ETA', day(p.eta, lang)],
      ['Processing time', `${p.processing_days} working days`],
      ['Permit needed by', day(p.permit_needed_by, lang)],
      ['File by', day(p.file_by, lang)],
    ];
  if (p.filed) rows.push([vi ? 'Đã nộp ngày' : 'Filed', day(p.filed, lang)]);
  if (p.expected_approval) rows.push([vi ? 'Dự kiến cấp phép' : 'Expected approval', day(p.expected_approval, lang)]);
  const status = p.status === 'on_track'
    ? (vi ? 'kịp tiến độ' : 'on track')
    : (vi ? `trễ ${p.late_by} ngày làm việc` : `late by ${p.late_by} working day${p.late_by === 1 ? '' : 's'}`);
  rows.push([vi ? 'Tình trạng' : 'Status', status]);
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${(k + ':').padEnd(width + 1)} ${v}`);
  lines.push('', nextAction(p, lang));
  const note = estimatedNote(p, lang);
  if (note) lines.push(note);
  return lines.join('\n') + '\n';
}
