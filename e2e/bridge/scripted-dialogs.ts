// The native dialogs' stand-in: each test says beforehand what the "user" will pick.
import type { Dialogs } from '../../electron/handlers/deps.ts';

export class ScriptedDialogs implements Dialogs {
  archiveToOpen: string | null = null;
  archiveToCreate: string | null = null;
  files: string[] = [];
  /** Where the save dialog "saves" the next report (null: the user cancels). */
  reportPath: string | null = null;
  exportTo: string | null = null;

  async openArchive() {
    return this.archiveToOpen;
  }

  async createArchive() {
    return this.archiveToCreate;
  }

  async exportFolder() {
    return this.exportTo;
  }

  async openFiles() {
    const picked = this.files;
    this.files = [];
    return picked;
  }

  async saveReport() {
    return this.reportPath;
  }
}
