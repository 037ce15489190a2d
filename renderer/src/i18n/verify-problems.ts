// verify's problems are written by the archive module in English (the CLI prints them as they are); the app
// shows the usual shapes in Vietnamese too. A shape not known here is shown as written rather than guessed at.
const RESTORE = 'hãy khôi phục kho hồ sơ từ bản sao lưu';

const SHAPES: [RegExp, (...m: string[]) => string][] = [
  [/^stored file (.+) \(SHA-256 ([0-9a-f]{64})\) no longer matches its SHA-256: restore the archive from a backup\.$/,
    (where, sha) => `tệp đã lưu ${where === 'not used by any folder' ? '(không thuộc thư mục nào)' : where} (SHA-256 ${sha}) không còn khớp với mã SHA-256 của nó: ${RESTORE}.`],
  [/^audit entry (\d+) \((.+)\) does not match its hash chain, so it was altered: restore the archive from a backup\.$/,
    (seq, what) => `mục nhật ký số ${seq} (${what}) không khớp chuỗi mã băm, tức là đã bị sửa: ${RESTORE}.`],
  [/^audit entries (\d+) to (\d+) are missing from the trail: restore the archive from a backup\.$/,
    (a, b) => `nhật ký thiếu các mục từ ${a} đến ${b}: ${RESTORE}.`],
  [/^the audit trail's protection \(trigger (\S+)\) has been removed, so entries could have been changed: restore the archive from a backup\.$/,
    (t) => `lớp bảo vệ nhật ký (trigger ${t}) đã bị gỡ bỏ nên các mục có thể đã bị sửa: ${RESTORE}.`],
  [/^shipment folder (.+) has no entry in the audit trail, so it was not added by this application: check where it came from\.$/,
    (ref) => `thư mục lô hàng ${ref} không có mục nào trong nhật ký, tức là không được thêm bằng ứng dụng này: hãy kiểm tra nguồn gốc của nó.`],
  [/^shipment folder (.+): its summary counts differ from its findings, so rows were changed outside the application\.$/,
    (ref) => `thư mục lô hàng ${ref}: số đếm tổng hợp khác với các phát hiện, tức là dữ liệu đã bị sửa ngoài ứng dụng.`],
  [/^SQLite integrity check: (.+) \(restore the archive from a backup\)\.$/,
    (what) => `kiểm tra toàn vẹn SQLite: ${what} (${RESTORE}).`],
  [/^(.+) was (changed|added) outside the application \(it does not match the hash stored with it\): restore the archive from a backup\.$/,
    (what, how) => `${what} đã bị ${how === 'changed' ? 'sửa' : 'thêm'} ngoài ứng dụng (không khớp mã băm lưu kèm): ${RESTORE}.`],
];

export function problemVi(problem: string): string {
  for (const [re, say] of SHAPES) {
    const m = re.exec(problem);
    if (m) return say(...m.slice(1));
  }
  return problem;
}
