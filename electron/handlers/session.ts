// The one open archive, plus small caches that die with it.
import type { Archive } from '../archive/types.ts';
import type { ControlledListVersion } from '../../shared/controlled-list/types.ts';
import type { HandlerDeps } from './deps.ts';
import { HandlerError } from './errors.ts';
import { GrantedPaths } from './granted-paths.ts';
import type { Grid as WorkbookGrid } from '../../shared/import/workbook.ts';

/** A stored file's sheets as displayed (source-cell view), merged ranges included. */
export type Grid = WorkbookGrid['sheets'];

export class Session {
  /** Archive paths the user chose (dialogs), kept across archives opened and closed. */
  readonly granted = new GrantedPaths();
  private archive: Archive | null = null;
  /** The open archive's passphrase, for the archive worker's own read-only connection (encrypted archives). */
  passphrase: string | undefined;
  private lists: ControlledListVersion[] | null = null;
  /** Parsed sheets by file hash: the same invoice is shown again for every finding selected. */
  readonly grids = new Map<string, Grid>();

  constructor(private readonly deps: HandlerDeps) {}

  current(): Archive {
    if (!this.archive) throw new HandlerError('NO_ARCHIVE', 'No archive is open: open or create one first.', 'Chưa mở kho hồ sơ nào: hãy mở hoặc tạo một kho trước.');
    return this.archive;
  }

  /** The open archive if it is still `a` (a background job's result belongs to the archive it ran on). */
  isCurrent(a: Archive): boolean {
    return this.archive === a;
  }

  isOpen(): boolean {
    return this.archive !== null;
  }

  replace(next: Archive | null, passphrase?: string): void {
    this.archive?.close();
    this.archive = next;
    this.passphrase = passphrase;
    this.grids.clear();
  }

  controlledLists(): ControlledListVersion[] {
    this.lists ??= this.deps.loadControlledLists();
    return this.lists;
  }

  cacheGrid(sha: string, grid: Grid): void {
    if (this.grids.size >= 8) this.grids.delete(this.grids.keys().next().value!);
    this.grids.set(sha, grid);
  }
}

export function today(clock: () => Date): string {
  const d = clock();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
