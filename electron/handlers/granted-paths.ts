// Which archive paths the page may name. The renderer is treated as untrusted: a path reaches openArchive only
// if the user chose it in a native dialog this session (the main process saw the answer), or it is on the recent
// list (written by the main process after such a choice). Anything else — a path typed into devtools, a
// relative path, "/dev/null-journal" — is refused before any file is touched, so no SQLite file can be created
// or opened where the user never pointed.
import { isAbsolute, normalize } from 'node:path';
import { HandlerError } from './errors.ts';

export type Grant = 'open' | 'create';

export class GrantedPaths {
  private readonly granted = new Map<string, Set<Grant>>();

  /** A path a native dialog answered (or, for 'open', a file the user dropped). */
  grant(path: string | null, kind: Grant): void {
    if (path === null || !isAbsolute(path)) return;
    const set = this.granted.get(path) ?? new Set<Grant>();
    set.add(kind);
    this.granted.set(path, set);
  }

  /**
   * Throws the sentence the user sees unless `path` may be used this way. Creating needs the save dialog's
   * answer; opening accepts either dialog's answer or a path on the recent list.
   */
  check(path: string, create: boolean, recent: readonly string[]): void {
    // Compared as given: "/a/../b" or "x.dossier" never equals what a dialog returned, and normalising
    // would make a forged spelling of a granted path acceptable for no gain.
    const ok = isAbsolute(path) && normalize(path) === path
      && (this.granted.get(path)?.has('create') || (!create && (this.granted.get(path)?.has('open') || recent.includes(path))));
    if (ok) return;
    throw new HandlerError('BAD_REQUEST',
      `The archive path "${truncate(path)}" was not chosen in a file dialog or the recent list, so it was not opened and no file was created: use "Open archive…" or "New archive…".`,
      `Đường dẫn kho hồ sơ "${truncate(path)}" không được chọn qua hộp thoại mở tệp hay danh sách gần đây, nên không được mở và không có tệp nào được tạo: hãy dùng "Mở kho hồ sơ…" hoặc "Tạo kho hồ sơ mới…".`);
  }
}

const truncate = (s: string): string => (s.length > 200 ? `${s.slice(0, 200)}…` : s);
