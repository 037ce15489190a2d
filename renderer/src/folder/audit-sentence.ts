// An audit entry's details as a sentence in the chosen language. The archive records them as canonical JSON,
// one shape per action (see the appendAudit calls in electron/archive/archive.ts); declarants and inspectors
// read the trail, so none of it may reach them as raw JSON. A shape this version does not know (an archive
// written by an older or newer version) still reads as a plain "key: value" list.
import type { Dict } from '../i18n/index.ts';
import { vi } from '../i18n/vi.ts';
import { REPLACE_DICTS, type ReplaceDict } from '../i18n/replace.ts';
import { FOLDER_STATUS_DICTS } from '../i18n/folder-status.ts';
import type { Direction, FolderStatus, Role, Summary } from '../../../shared/domain/types.ts';
import { FOLDER_STATUSES } from '../../../shared/domain/types.ts';
import { DOC_GROUPS, type DocGroup } from '../../../shared/ipc/groups.ts';

type Details = Record<string, unknown>;
/** undefined when the details do not have the shape this action is known to record. */
type Say = (d: Details, t: Dict) => string | undefined;

const text = (v: unknown): v is string => typeof v === 'string' && v !== '';
const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const optional = (v: unknown): string | undefined => (text(v) ? v : undefined);
const isDirection = (v: unknown): v is Direction => v === 'import' || v === 'export';
const isGroup = (v: unknown): v is DocGroup => (DOC_GROUPS as readonly unknown[]).includes(v);
const isStatus = (v: unknown): v is FolderStatus => (FOLDER_STATUSES as readonly unknown[]).includes(v);

function summary(v: unknown): Summary | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const { errors, warnings, infos } = v as Details;
  return count(errors) && count(warnings) && count(infos) ? { errors, warnings, infos } : undefined;
}

/** The replacement strings in the language of `t`. */
const r = (t: Dict): ReplaceDict => REPLACE_DICTS[t === vi ? 'vi' : 'en'];

const SAY: Record<string, Say> = {
  'shipment.created': (d, t) => (isDirection(d.direction) ? t.auditSays.folderCreated(d.direction, optional(d.eta)) : undefined),
  'shipment.added': (d, t) => {
    const s = summary(d.summary);
    if (!isDirection(d.direction) || !Array.isArray(d.files) || !text(d.checkDate) || !s) return undefined;
    return t.auditSays.folderAdded(d.direction, d.files.length, t.auditSays.checked(d.checkDate, optional(d.controlledListId), t.tally(s)));
  },
  'document.added': (d, t) => {
    if (!text(d.name) || !text(d.role) || !Object.hasOwn(t.roleName, d.role)) return undefined;
    // Since schema 8 the replaced file is named and kept: said so; older entries read as before.
    if (text(d.replacedFile)) return t.auditSays.documentAdded(t.roleName[d.role as Role], d.name, false) + r(t).auditReplaced(d.replacedFile);
    return t.auditSays.documentAdded(t.roleName[d.role as Role], d.name, text(d.replaced));
  },
  'attachment.added': (d, t) => {
    if (!text(d.name)) return undefined;
    if (isGroup(d.group)) return t.auditSays.attachmentAdded(d.name, t.groupName[d.group]);
    return d.group === null || d.group === undefined ? t.auditSays.attachmentAdded(d.name) : undefined;
  },
  'findings.replaced': (d, t) => {
    const s = summary(d.summary);
    return text(d.checkDate) && s ? t.auditSays.rechecked(d.checkDate, optional(d.controlledListId), t.tally(s)) : undefined;
  },
  'finding.acknowledged': (d, t) =>
    (text(d.code) && text(d.by) && typeof d.note === 'string'
      ? t.auditSays.acknowledged(d.code, optional(d.model), d.by, d.note) + (count(d.group) && d.group > 1 ? r(t).auditGroup(d.group) : '') : undefined),
  'finding.reopened': (d, t) => (text(d.code) && Array.isArray(d.cells) && text(d.file) && typeof d.note === 'string'
    ? r(t).auditReopened(d.code, optional(d.model), d.cells.join(', '), d.file, d.note) : undefined),
  'finding.ack_edited': (d, t) => (text(d.code) && text(d.by) && typeof d.from === 'string' && typeof d.to === 'string'
    ? r(t).auditEdited(d.code, optional(d.model), d.by, d.from, d.to) : undefined),
  'finding.ack_withdrawn': (d, t) => (text(d.code) && text(d.by) && typeof d.note === 'string'
    ? r(t).auditWithdrawn(d.code, optional(d.model), d.by, d.note) : undefined),
  'archive.created': (d, t) => (count(d.to) ? t.auditSays.archiveCreated(d.to) : undefined),
  'archive.migrated': (d, t) => (count(d.from) && count(d.to) ? t.auditSays.archiveMigrated(d.from, d.to) : undefined),
  'layout.saved': (_d, t) => t.auditSays.layoutSaved,
  'shipment.status_set': (d, t) => (isStatus(d.to)
    ? d.reopenedByCheck === true && isStatus(d.from) && count(d.unacknowledgedErrors)
      ? FOLDER_STATUS_DICTS[t === vi ? 'vi' : 'en'].auditReopened(t.statusName[d.from], t.statusName[d.to], d.unacknowledgedErrors)
      : FOLDER_STATUS_DICTS[t === vi ? 'vi' : 'en'].auditSet(isStatus(d.from) ? t.statusName[d.from] : undefined, t.statusName[d.to], optional(d.by),
      count(d.unacknowledgedErrors) ? d.unacknowledgedErrors : undefined, optional(d.declaration))
    : undefined),
  'shipment.eta_set': (d, t) => (d.to === null || text(d.to) ? t.auditSays.etaSet(optional(d.from), optional(d.to)) : undefined),
  'plan.event': (d, t) => (text(d.kind) && text(d.day) ? t.auditSays.planEvent(d.kind, d.day) : undefined),
  'calendar.swap_day': (d, t) => (text(d.day) && (d.kind === 'off' || d.kind === 'work' || d.kind === null) ? t.auditSays.swapDay(d.day, d.kind) : undefined),
  'declaration.recorded': (d, t) => {
    if (!text(d.number) || !text(d.declaredOn) || typeof d.paper !== 'boolean') return undefined;
    const prev = typeof d.previous === 'object' && d.previous !== null ? optional((d.previous as Details).number) : undefined;
    return t.auditSays.declared(d.number, d.declaredOn, optional(d.office), d.paper, prev);
  },
  'declaration.reentered': (d, t) => (text(d.paperNumber) && text(d.electronicNumber) ? t.auditSays.reentered(d.paperNumber, d.electronicNumber) : undefined),
  'retention.changed': (d, t) => (count(d.from) && count(d.to) ? t.auditSays.retentionChanged(d.from, d.to) : undefined),
  'shipment.disposed': (d, t) => (text(d.on) && Array.isArray(d.files) ? t.auditSays.disposed(d.on, optional(d.keepUntil), d.files.length) : undefined),
  'outage.recorded': (d, t) => (text(d.from) ? t.auditSays.outage(d.from, optional(d.to), optional(d.notice)) : undefined),
  'passphrase.changed': (_d, t) => t.auditSays.passphraseChanged,
  'permit.used': (d, t) => {
    const p = d.permit as Details | undefined;
    return p && text(p.number) ? t.auditSays.permitUsed(p.number) : undefined;
  },
  'shipment.cancelled': (d, t) => (typeof d.note === 'string' ? t.auditSays.cancelled(d.note) : undefined),
  'permit.adjusted': (d, t) => (text(d.permit) && text(d.model) && typeof d.quantity === 'number' && typeof d.note === 'string'
    ? t.auditSays.permitAdjusted(d.permit, d.model, d.quantity, d.note) : undefined),
  'archive.verified': (d, t) => (text(d.day) && count(d.files) && count(d.problems) ? t.auditSays.verified(d.day, d.files, d.problems, d.trigger === 'periodic') : undefined),
  'bag.exported': (d, t) => (text(d.dir) && count(d.files) && count(d.together) ? t.auditSays.bagExported(d.dir, d.files, d.together) : undefined),
};

/** The actions read as sentences; any other reads as a key: value list. */
export const SAID_ACTIONS = Object.keys(SAY);

export function auditSentence(action: string, detail: string, t: Dict): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return detail;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return plain(parsed);
  return SAY[action]?.(parsed as Details, t) ?? plain(parsed);
}

/** The fallback: "key: value · key: value", nested values in parentheses, hashes and empty values left out. */
export function plain(value: unknown, nested = false): string {
  if (Array.isArray(value)) {
    const items = value.map((v) => plain(v, true));
    return nested ? `(${items.join(', ')})` : items.join(' · ');
  }
  if (typeof value === 'object' && value !== null) {
    const pairs = Object.entries(value)
      .filter(([k, v]) => v !== null && v !== '' && v !== undefined && !/sha256/i.test(k))
      .map(([k, v]) => `${k}: ${plain(v, true)}`);
    return nested ? `(${pairs.join(', ')})` : pairs.join(' · ');
  }
  return String(value);
}
