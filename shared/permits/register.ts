// The permit register's pure rules: what a permit record holds, whether two copies agree, what a folder
// draws from each permit line, and which folders take a line past its permitted quantity.
// The archive (electron/archive/permits.ts) gathers the rows; everything decided is decided here.
import type { Direction, DocumentLine, Finding, ParsedDocument } from '../domain/types.ts';
import { finding, modelKey, round } from '../check/context.ts';

export interface PermitLineRecord {
  /** The model as written on the permit. */
  model: string;
  /** Normalised as the cross-check matches models ("SRX-300" = "srx 300"). */
  key: string;
  name?: string;
  brand?: string;
  hsCode?: string;
  country?: string;
  /** Absent when the permit's quantity cell could not be read. */
  quantity?: number;
  unit?: string;
}

export interface PermitRecord {
  number: string;
  /** From the permit's title or header; null when it does not say (never assumed). */
  direction: Direction | null;
  licensee?: string;
  issueDate?: string;
  validUntil?: string;
  lines: PermitLineRecord[];
}

/** The record a permit document registers, or null when it states no number to register it under. */
export function permitRecord(doc: ParsedDocument): PermitRecord | null {
  const number = doc.header.number?.value.trim();
  if (!number) return null;
  return {
    number,
    direction: doc.direction?.value ?? null,
    ...(doc.header.licensee ? { licensee: doc.header.licensee.value } : {}),
    ...(doc.header.issue_date ? { issueDate: doc.header.issue_date.value } : {}),
    ...(doc.header.valid_until ? { validUntil: doc.header.valid_until.value } : {}),
    lines: doc.lines.filter((l) => l.model && modelKey(l.model.value)).map(lineRecord),
  };
}

function lineRecord(l: DocumentLine): PermitLineRecord {
  const model = l.model!.value.trim();
  return {
    model, key: modelKey(model),
    ...(l.description ? { name: l.description.value } : {}),
    ...(l.brand ? { brand: l.brand.value } : {}),
    ...(l.hsCode ? { hsCode: l.hsCode.value } : {}),
    ...(l.origin ? { country: l.origin.value } : {}),
    ...(l.quantity ? { quantity: l.quantity.value } : {}),
    ...(l.unit ? { unit: l.unit.value } : {}),
  };
}

/** The fields two copies of one permit must agree on, line by line (the name may be worded differently). */
const COMPARED = [['quantity', 'quantity'], ['unit', 'unit'], ['hsCode', 'hsCode'], ['origin', 'country']] as const;

export interface CopyDifference {
  kind: 'value' | 'missing_here' | 'extra_here';
  model: string;
  field?: string;
  registered?: string;
  copy?: string;
  /** How many lines differ in all. */
  differences: number;
}

/** The first way a new copy differs from the registered one (by model, in the registered copy's order), or null. */
export function compareCopies(registered: PermitLineRecord[], copy: PermitLineRecord[]): CopyDifference | null {
  const mine = byKey(copy);
  const theirs = byKey(registered);
  let first: Omit<CopyDifference, 'differences'> | null = null;
  let differences = 0;
  for (const [key, r] of theirs) {
    const c = mine.get(key);
    if (!c) {
      differences++;
      first ??= { kind: 'missing_here', model: r.model };
      continue;
    }
    for (const [field, prop] of COMPARED) {
      const a = r[prop];
      const b = c[prop];
      if (a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9)) continue;
      differences++;
      first ??= { kind: 'value', model: r.model, field, registered: show(a), copy: show(b) };
      break;
    }
  }
  for (const [key, c] of mine) {
    if (theirs.has(key)) continue;
    differences++;
    first ??= { kind: 'extra_here', model: c.model };
  }
  return first && { ...first, differences };
}

function show(v: string | number | undefined): string {
  return v === undefined ? '—' : String(v);
}

/** A model listed on several lines of one permit counts as one line with their sum (as the cross-check does). */
function byKey(lines: PermitLineRecord[]): Map<string, PermitLineRecord> {
  const out = new Map<string, PermitLineRecord>();
  for (const l of lines) {
    const seen = out.get(l.key);
    if (!seen) out.set(l.key, { ...l });
    else if (seen.quantity !== undefined || l.quantity !== undefined) seen.quantity = (seen.quantity ?? 0) + (l.quantity ?? 0);
  }
  return out;
}

export interface InvoicedQuantity {
  key: string;
  quantity: number;
  /** The invoice's unit code for the model, when it states one. */
  unit?: string;
}

/** The invoice's quantity of each model (summed over its lines), keyed as permit lines are. */
export function invoicedQuantities(lines: { model: string | null; quantity: number | null; unit: string | null }[]): InvoicedQuantity[] {
  const out = new Map<string, InvoicedQuantity>();
  for (const l of lines) {
    if (!l.model || l.quantity === null) continue;
    const key = modelKey(l.model);
    if (!key) continue;
    const seen = out.get(key);
    if (seen) {
      seen.quantity = round(seen.quantity + l.quantity);
      seen.unit ??= l.unit ?? undefined;
    } else out.set(key, { key, quantity: l.quantity, ...(l.unit ? { unit: l.unit } : {}) });
  }
  return [...out.values()];
}

/**
 * Whether a draw counts against the line: a quantity in another unit than the permit's (SET against PCE) is
 * said, never summed. A side that states no unit is taken to mean the other's.
 */
export function drawCounts(lineUnit: string | undefined, invoiceUnit: string | undefined): boolean {
  return lineUnit === undefined || invoiceUnit === undefined || lineUnit === invoiceUnit;
}

export interface Draw {
  folderId: number;
  ref: string;
  quantity: number;
}

export interface Exceedance {
  folderId: number;
  /** Folders drawn before this one, in order. */
  before: { ref: string; quantity: number }[];
  drawn: number;
  total: number;
}

/**
 * PERMIT_BALANCE_EXCEEDED per the contract: every folder from the one whose draw first takes the running total
 * past the permitted quantity. `draws` are in declaration order; `adjusted` (goods declared outside this archive)
 * is counted before any of them.
 */
export function exceedances(permitted: number | undefined, adjusted: number, draws: Draw[]): Exceedance[] {
  if (permitted === undefined) return [];
  const out: Exceedance[] = [];
  let total = adjusted;
  let over = false;
  for (let i = 0; i < draws.length; i++) {
    const d = draws[i];
    total = round(total + d.quantity);
    if (!over && total > permitted + 1e-9) over = true;
    // A folder whose own invoice alone exceeds the line, with nothing drawn before it, already has the check's
    // PERMIT_QUANTITY_EXCEEDED: `archive add` of a lone folder stores what `dossier check` says, no more.
    const alone = i === 0 && adjusted === 0;
    if (over && d.quantity > 0 && !alone) out.push({ folderId: d.folderId, before: draws.slice(0, i).map((x) => ({ ref: x.ref, quantity: x.quantity })), drawn: d.quantity, total });
  }
  return out;
}

/** Names of earlier folders in a message: all of them up to a dozen, then how many more. */
const NAMED = 12;

export function balanceFinding(permit: string, model: string, permitted: number, unit: string | undefined, adjusted: number, e: Exceedance): Finding {
  const named = e.before.slice(0, NAMED).map((b) => `${b.ref} (${b.quantity})`);
  if (e.before.length > NAMED) named.push(`${e.before.length - NAMED} more`);
  return finding('PERMIT_BALANCE_EXCEEDED', {
    permit, model, permitted, unit: unit ?? '', drawn: e.drawn, total: e.total, before: named.join(', '), adjusted,
  }, [], model);
}

export function copiesFinding(permit: string, registeredBy: string, d: CopyDifference): Finding {
  return finding('PERMIT_COPIES_DIFFER', {
    permit, registered_by: registeredBy, kind: d.kind, model: d.model, field: d.field ?? '', registered: d.registered ?? '', copy: d.copy ?? '',
    differences: d.differences,
  }, [], d.kind === 'value' ? d.model : undefined);
}

export function directionFinding(permit: string, folder: Direction, permitDirection: Direction | null): Finding | null {
  if (permitDirection === null || permitDirection === folder) return null;
  return finding('PERMIT_DIRECTION_MISMATCH', { permit, folder_direction: folder, permit_direction: permitDirection }, []);
}

/** Days from `from` to `to` (both YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}
