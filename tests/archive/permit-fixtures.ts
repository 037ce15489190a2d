// Permits and invoices as suppliers and the authority send them (built with SheetJS, read by the real importer),
// and the archive calls that put them into folders.
import { runCheck } from '../../shared/check/run-check.ts';
import type { Direction } from '../../shared/domain/types.ts';
import type { IncomingDocument, NewShipment, SqliteArchive } from '../../electron/archive/index.ts';
import { LIST_2016, readDoc, sheetBytes, type Cell } from '../engine/fixtures.ts';

export interface PermitLineSpec { model: string; qty: number; unit?: string; hs?: string; country?: string }

/** A permit laid out as the Government Cipher Committee issues it: letterhead, title, number, dates, product list. */
export function permitFile(number: string, lines: PermitLineSpec[], opts: { title?: string; listTitle?: string; validUntil?: string; file?: string } = {}): IncomingDocument {
  const rows: Cell[][] = [
    ['BAN CƠ YẾU CHÍNH PHỦ'],
    ['CỤC QUẢN LÝ MẬT MÃ DÂN SỰ VÀ KIỂM ĐỊNH SẢN PHẨM MẬT MÃ'],
    [opts.title ?? 'GIẤY PHÉP XUẤT KHẨU, NHẬP KHẨU SẢN PHẨM MẬT MÃ DÂN SỰ'],
    ['Số giấy phép:', number],
    ['Ngày cấp:', '15/10/2026'],
    ['Có giá trị đến:', opts.validUntil ?? '14/10/2027'],
    ['Tên doanh nghiệp:', 'CÔNG TY TNHH XUẤT NHẬP KHẨU THIẾT BỊ MẠNG VIỆT'],
    [],
    [opts.listTitle ?? 'DANH MỤC SẢN PHẨM'],
    ['STT', 'Tên sản phẩm', 'Ký hiệu, mã hiệu (Model)', 'Mã HS', 'Nước sản xuất', 'Số lượng', 'Đơn vị tính'],
    ...lines.map((l, i) => [i + 1, 'Thiết bị tường lửa có chức năng VPN', l.model, l.hs ?? '85176259', l.country ?? 'Hoa Kỳ', l.qty, l.unit ?? 'Chiếc']),
  ];
  const file = opts.file ?? `permit-${number.replace(/\W+/g, '-')}.xlsx`;
  const bytes = sheetBytes(rows, 'Giấy phép');
  return { role: 'permit', name: file, bytes, parsed: readDoc('permit', file, bytes) };
}

export interface InvoiceLineSpec { model: string; qty: number; unit?: string; hs?: string }

export function invoiceFile(ref: string, lines: InvoiceLineSpec[]): IncomingDocument {
  const rows: Cell[][] = [
    ['JUNIPER NETWORKS (SINGAPORE) PTE LTD'],
    ['COMMERCIAL INVOICE'],
    ['Invoice No.:', `INV-${ref}`, null, 'Date:', '2026-11-02'],
    [],
    ['No.', 'Model', 'Description', 'HS Code', 'Q\'ty', 'Unit', 'Unit price (USD)', 'Amount (USD)'],
    ...lines.map((l, i) => [i + 1, l.model, 'Firewall appliance with VPN', l.hs ?? '85176259', l.qty, l.unit ?? 'PCS', 100, 100 * l.qty]),
  ];
  const file = `invoice-${ref}.xlsx`;
  const bytes = sheetBytes(rows, 'Invoice');
  return { role: 'invoice', name: file, bytes, parsed: readDoc('invoice', file, bytes) };
}

export function packingFile(ref: string, lines: InvoiceLineSpec[]): IncomingDocument {
  const rows: Cell[][] = [
    ['PACKING LIST'],
    ['Packing list No.:', `PL-${ref}`],
    [],
    ['No.', 'Model', 'Description', 'Q\'ty', 'Unit', 'N.W. (kg)', 'G.W. (kg)'],
    ...lines.map((l, i) => [i + 1, l.model, 'Firewall appliance with VPN', l.qty, l.unit ?? 'PCS', 2 * l.qty, 3 * l.qty]),
  ];
  const file = `packing-${ref}.xlsx`;
  const bytes = sheetBytes(rows, 'PL');
  return { role: 'packing_list', name: file, bytes, parsed: readDoc('packing_list', file, bytes) };
}

/** A folder as `dossier archive add` stores it: the check's findings over its documents (and the registered permit). */
export function folder(archive: SqliteArchive, ref: string, lines: InvoiceLineSpec[],
  permit: IncomingDocument | { number: string }, direction: Direction = 'import'): NewShipment {
  const documents = [invoiceFile(ref, lines), packingFile(ref, lines), ...('role' in permit ? [permit] : [])];
  const checked = [...documents.map((d) => d.parsed), ...('role' in permit ? [] : [archive.registeredPermit(permit.number)])];
  const result = runCheck(checked, { date: '2026-11-20', lists: [LIST_2016] });
  return {
    ref, direction, checkDate: '2026-11-20', documents, attachments: [], findings: result.findings,
    ...('role' in permit ? {} : { permitNumber: permit.number }),
  };
}
