// English UI strings. vi.ts must provide every key (its type is this object's).
import { dayEn, momentEn } from './dates.ts';
import type { DocGroup } from '../../../shared/ipc/groups.ts';
import type { Direction, LineField, Role, Severity, Summary } from '../../../shared/domain/types.ts';

export const en = {
  appTitle: 'Dossier checker',
  language: 'Language',
  langName: 'English',
  close: 'Close',
  back: 'Back',
  errorTitle: 'Could not complete that',

  // Archive picker
  pickerTitle: 'Open a client archive',
  pickerIntro: 'Each client has one archive file holding its shipment folders, documents, findings and audit trail. It stays on this computer.',
  openArchive: 'Open archive…',
  createArchive: 'New archive…',
  recent: 'Recent archives',
  noRecent: 'No archive opened yet.',

  // Shipments list
  shipments: 'Shipments',
  shipmentsCount: (n: number) => (n === 1 ? '1 shipment' : `${n.toLocaleString('en')} shipments`),
  search: 'Search shipments',
  searchPlaceholder: 'Reference, model, file name… (accents optional)',
  newShipment: 'New shipment',
  reference: 'Reference',
  direction: 'Direction',
  directionName: { import: 'Import', export: 'Export' } as Record<'import' | 'export', string>,
  eta: 'ETA',
  // Typed dates (components/DayField.tsx): day first, whatever the machine's locale.
  dayPlaceholder: 'dd/mm/yyyy',
  dayUnreadable: 'Write the date as dd/mm/yyyy, for example 28/11/2026.',
  dayImpossible: (written: string) => `${written} is not a valid date: check the day, month and year.`,
  /** How a recognised date is spelled back, so 03/04 cannot be taken for 4 March. */
  dayLocale: 'en-GB',
  create: 'Create',
  status: 'Status',
  statusName: { open: 'Open', reviewed: 'Reviewed' } as Record<'open' | 'reviewed', string>,
  created: 'Created',
  noShipments: 'No shipment folder yet: create the first one above.',
  noMatches: 'No shipment matches this search.',
  loading: 'Loading…',
  switchArchive: 'Switch archive',

  // Folder
  tabDocuments: 'Documents',
  tabCheck: (n: number) => `Cross-check (${n})`,
  tabChecklist: 'Dossier components (procedure 1.013203)',
  tabHistory: 'Audit trail',
  historyIntro: 'Every change to this folder, in order. Entries are chained by hash and cannot be edited.',
  action: {
    'shipment.created': 'Folder created', 'shipment.added': 'Folder added', 'document.added': 'Document imported',
    'attachment.added': 'File attached', 'findings.replaced': 'Cross-check run', 'finding.acknowledged': 'Finding acknowledged',
    'archive.created': 'Archive created', 'archive.migrated': 'Archive upgraded', 'layout.saved': 'Column mapping remembered',
    'plan.event': 'Permit date recorded', 'shipment.eta_set': 'ETA changed', 'calendar.swap_day': 'Swap day changed',
    'declaration.recorded': 'Declaration recorded', 'declaration.reentered': 'Paper declaration entered electronically',
    'retention.changed': 'Retention period changed', 'shipment.disposed': 'Folder deleted (disposal)',
    'outage.recorded': 'E-customs outage recorded', 'passphrase.changed': 'Passphrase changed',
    'permit.used': 'Registered permit used', 'shipment.cancelled': 'Shipment cancelled', 'permit.adjusted': 'Permit adjusted by hand',
    'archive.verified': 'Archive verified (fixity check)', 'bag.exported': 'Exported as a BagIt bag',
  } as Record<string, string>,
  // One sentence per audit action, from the details the archive records with it (folder/audit-sentence.ts).
  auditSays: {
    folderCreated: (d: Direction, eta?: string) => `${d === 'import' ? 'Import' : 'Export'} folder, ${eta ? `ETA ${dayEn(eta)}` : 'no ETA'}`,
    folderAdded: (d: Direction, files: number, checked: string) =>
      `${d === 'import' ? 'Import' : 'Export'} folder with ${files === 1 ? '1 file' : `${files} files`}, ${checked}`,
    checked: (date: string, list: string | undefined, tally: string) => `checked as of ${dayEn(date)}${list ? ` against ${list}` : ''}: ${tally}`,
    rechecked: (date: string, list: string | undefined, tally: string) => `Re-checked as of ${dayEn(date)}${list ? ` against ${list}` : ''}: ${tally}`,
    documentAdded: (role: string, name: string, replaced: boolean) => `${role}: ${name}${replaced ? ', replacing the previous file' : ''}`,
    attachmentAdded: (name: string, group?: string) => (group ? `${name}, filed under ${group}` : name),
    acknowledged: (code: string, model: string | undefined, by: string, note: string) =>
      `${code}${model ? ` on ${model}` : ''}, by ${by}: “${note}”`,
    archiveCreated: (version: number) => `Schema version ${version}`,
    archiveMigrated: (from: number, to: number) => `Schema version ${from} → ${to}`,
    layoutSaved: 'Remembered for a supplier layout, applied to its next files',
    etaSet: (from?: string, to?: string) => (to ? `ETA ${from ? `${dayEn(from)} → ` : ''}${dayEn(to)}` : `ETA ${from ? dayEn(from) : ''} removed`),
    planEvent: (kind: string, day: string) => `${({ filed: 'Filed on DVCQG', returned: 'Sent back for supplementation', resubmitted: 'Filed again, complete', permit_received: 'Permit received' } as Record<string, string>)[kind] ?? kind} on ${dayEn(day)}`,
    swapDay: (day: string, kind: string | null) => `${dayEn(day)}: ${kind === 'off' ? 'extra day off' : kind === 'work' ? 'make-up working day' : 'swap day removed'}`,
    declared: (number: string, day: string, office: string | undefined, paper: boolean, previous: string | undefined) =>
      `Declaration ${number} of ${dayEn(day)}${office ? `, office ${office}` : ''}${paper ? ', on paper' : ''}${previous ? `, replacing ${previous}` : ''}`,
    reentered: (paper: string, electronic: string) => `Paper declaration ${paper} entered electronically as ${electronic}`,
    retentionChanged: (from: number, to: number) => `Retention period ${from} → ${to} years`,
    disposed: (on: string, keepUntil: string | undefined, files: number) =>
      `Deleted on ${dayEn(on)}, ${keepUntil ? `kept until ${dayEn(keepUntil)}` : 'never declared'}: ${files === 1 ? '1 file' : `${files} files`} disposed`,
    outage: (from: string, to: string | undefined, notice: string | undefined) => `E-customs outage from ${from}${to ? ` to ${to}` : ''}${notice ? ` (${notice})` : ''}`,
    passphraseChanged: 'The archive\'s passphrase was changed',
    permitUsed: (number: string) => `Checked against registered permit ${number}, its quantities drawn from it`,
    cancelled: (note: string) => `Will not go ahead, its draw on the permit released: “${note}”`,
    permitAdjusted: (number: string, model: string, quantity: number, note: string) => `Permit ${number}, ${model}: ${quantity > 0 ? '+' : ''}${quantity} declared outside this archive: “${note}”`,
    verified: (day: string, files: number, problems: number, periodic: boolean) =>
      `${periodic ? 'Periodic check' : 'Checked'} on ${dayEn(day)}: ${files === 1 ? '1 file' : `${files.toLocaleString('en-US')} files`}, ${problems === 0 ? 'all intact' : `${problems === 1 ? '1 problem' : `${problems} problems`} found`}`,
    bagExported: (dir: string, files: number, together: number) =>
      `${files === 1 ? '1 file' : `${files} files`} exported as a BagIt bag to ${dir}${together > 1 ? ` (with ${together - 1} other folder${together === 2 ? '' : 's'})` : ''}`,
  },
  /** Non-zero counts only, so a clean check reads as such. */
  tally: ({ errors, warnings, infos }: Summary) => {
    const parts = [[errors, 'error', 'errors'], [warnings, 'warning', 'warnings'], [infos, 'info', 'info']] as const;
    const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`);
    return said.length ? said.join(', ') : 'no findings';
  },
  missingDoc: 'not imported yet',
  lines: (n: number) => (n === 1 ? '1 line' : `${n.toLocaleString('en')} lines`),
  dropHere: 'Drop the invoice, packing list, permit and catalogue here',
  dropHint: 'Excel (.xlsx, .xls) or CSV. Each file is previewed before it is stored.',
  chooseFiles: 'Choose files…',
  checkedOn: (d: string, list?: string) => `Checked on ${dayEn(d)}${list ? ` against ${list}` : ', no controlled list in force'}`,
  docNumber: (n: string | number) => `No. ${n}`,
  counts: (e: number, w: number, i: number) => `${e} errors · ${w} warnings · ${i} info`,

  // Import
  importQueue: 'To import',
  stage: {
    reading: 'Reading file…', detecting: 'Detecting the table…', ready: 'Ready to import', error: 'Needs attention',
    importing: 'Storing and re-checking…', done: 'Imported',
    attachment: 'Not a spreadsheet: attach it to the dossier', attached: 'Attached',
  } as Record<'reading' | 'detecting' | 'ready' | 'error' | 'importing' | 'done' | 'attachment' | 'attached', string>,
  role: 'Document',
  roleName: { invoice: 'Invoice', packing_list: 'Packing list', permit: 'Permit', catalogue: 'Catalogue' } as Record<Role, string>,
  accept: 'Import',
  acceptAll: 'Import all ready',
  seeFindings: 'See what does not agree →',
  discard: 'Discard',
  previewTitle: (file: string) => `Preview: ${file}`,
  detected: (sheet: string, header: number, first: number, last: number, n: number) =>
    `Table on sheet “${sheet}”, header row ${header}, lines ${first}–${last} (${n.toLocaleString('en')} items).`,
  sheet: 'Sheet',
  headerRow: 'Header row',
  mapping: 'Column mapping',
  field: 'Field',
  column: 'Column',
  none: '—',
  apply: 'Apply correction',
  remember: 'Remember for this supplier layout',
  rememberedApplied: 'A correction remembered for this supplier layout was applied.',
  fieldName: {
    model: 'Model', description: 'Description', brand: 'Brand', hsCode: 'HS code', quantity: 'Quantity', unit: 'Unit',
    unitPrice: 'Unit price', amount: 'Amount', origin: 'Origin', packages: 'Packages', netWeight: 'Net weight', grossWeight: 'Gross weight',
  } as Record<LineField, string>,
  rowsOf: (n: number) => `of ${n.toLocaleString('en')} rows`,

  // Cross-check
  severityName: { error: 'Errors', warning: 'Warnings', info: 'Info' } as Record<Severity, string>,
  wholeShipment: 'Whole shipment',
  noFindings: 'No findings: the documents agree.',
  noDocsYet: 'Import documents to see what does not agree.',
  selectFinding: 'Select a finding to see the cells it comes from.',
  sources: 'Source rows',
  sheetOf: (file: string, sheet: string) => `${file} · sheet “${sheet}”`,
  row: 'Row',
  acknowledge: 'Acknowledge',
  ackNote: 'Note for the audit trail',
  ackPlaceholder: 'Why this is acceptable, or what was done',
  acknowledged: (by: string, at: string) => `Acknowledged by ${by} on ${momentEn(at)}`,
  acknowledgedMark: 'acknowledged',

  // Checklist
  checklistIntro: 'Document groups of procedure 1.013203 (export/import permit for civil cryptographic products).',
  groupName: {
    legal: 'Enterprise legal status', application: 'Permit application', technical: 'Technical dossier',
    conformity: 'Conformity dossier', trade: 'Trade documents', timeline: 'Timeline',
  } as Record<DocGroup, string>,
  groupHint: {
    legal: 'Civil cryptography business licence, legal entity information, digital signature / DVCQG account.',
    application: 'Application under Form 07 with the product list; the permit once issued.',
    technical: 'Catalogue, datasheet, user manual, encryption features, firmware/software version.',
    conformity: 'Conformity certificate or declaration for imported products, where applicable.',
    trade: 'Commercial invoice, packing list, B/L or AWB, contract/PO, C/O.',
    timeline: 'Supplier ready date, ETD/ETA, filing date, expected approval, customs declaration date.',
  } as Record<DocGroup, string>,
  present: 'Present',
  partial: 'Partly present',
  missing: 'Missing',
  attach: 'Attach file…',
  etaSet: (eta: string) => `ETA ${dayEn(eta)}`,
  /** A calendar day, YYYY-MM-DD in. */
  day: (iso: string) => dayEn(iso),
  /** A stored timestamp, in local time. */
  moment: (ts: string, seconds?: boolean) => momentEn(ts, seconds),
  noEta: 'No ETA recorded',

  // Declarations, retention, export, encryption, outages (contract revision 2)
  rec: {
    tab: 'Declaration & retention',
    declaration: 'Customs declaration',
    notDeclared: 'Not declared yet: record the declaration to start its retention period.',
    number: 'Declaration number',
    date: 'Registration date',
    office: 'Customs office (code)',
    paper: 'Declared on paper during an e-customs outage',
    save: 'Record declaration',
    keepUntil: (day: string, years: number) => `Keep until ${dayEn(day)} (${years} years from the registration date, Law on Customs Art. 18)`,
    declared: (number: string, day: string, office?: string) => `Declaration ${number} of ${dayEn(day)}${office ? `, office ${office}` : ''}`,
    onPaper: 'Made on paper during an outage of VNACCS/VCIS',
    reentered: (n: string) => `Entered electronically as ${n}`,
    notReentered: 'Still to be entered electronically',
    electronicNumber: 'Electronic declaration number',
    recordReentry: 'Record re-entry',
    exportBag: 'Export as BagIt bag…',
    deleteFolder: 'Delete folder…',
    confirmDelete: (ref: string) => `Delete ${ref} for good? Its files are removed from the archive; the audit trail keeps a disposal record with every file's name and SHA-256.`,
    confirm: 'Delete for good',
    cancel: 'Cancel',
    openRecords: 'Retention & outages',
    recordsTitle: 'Retention and the outage register',
    retentionIntro: (years: number, today: string) => `Folders are kept ${years} years from their declaration's registration (as of ${dayEn(today)}).`,
    due: 'Due for disposal',
    keep: 'To keep',
    undeclared: 'Undeclared',
    noneDue: 'No folder is due for disposal.',
    outages: 'E-customs outages (VNACCS/VCIS)',
    noOutages: 'No outage recorded.',
    from: 'From (YYYY-MM-DD HH:MM)',
    to: 'To (YYYY-MM-DD HH:MM, optional)',
    notice: 'Customs notice (optional)',
    addOutage: 'Record outage',
    outageLine: (from: string, to?: string) => `${from} – ${to ?? 'still going on'}`,
    pendingLine: (number: string, day: string, days: number) => `paper declaration ${number} of ${dayEn(day)}, to be entered electronically (${days === 1 ? '1 day' : `${days} days`} since)`,
    doneLine: (number: string, electronic: string) => `paper declaration ${number}, entered electronically as ${electronic}`,
    newEncrypted: 'New encrypted archive…',
    passphrase: 'Passphrase',
    passphraseAgain: 'The same passphrase again',
    passphraseFor: (name: string) => `${name} is encrypted: enter its passphrase.`,
    passphraseNew: 'Choose a passphrase of at least 8 characters. It is never stored: without it the archive cannot be opened.',
    passphrasesDiffer: 'The two passphrases differ.',
    unlock: 'Open',
    encryptedMark: 'encrypted',
    keepUntilShort: (day: string) => `Keep until ${dayEn(day)}`,
    restore: 'Restore a backup…',
    restoreIntro: 'Pick the backup, then a new file name for the restored archive: the backup is verified first, and nothing is ever overwritten.',
    restorePassphrase: 'Passphrase (encrypted backup only)',
    restoreGo: 'Choose backup…',
  },
  // Issue 10 (app speaks the desktop's language)
  locateArchive: 'Locate…',
  forgetArchive: 'Forget',
  forgetArchiveOf: (name: string) => `Forget ${name} from the recent list`,
  ackedOf: (n: number, of: number) => `${n} of ${of} acknowledged`,
  attachUnder: 'Checklist group',
  attachHere: 'Attach',
};

export type Dict = typeof en;
