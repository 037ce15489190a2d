// Finding messages in English and Vietnamese, built from the finding's params so a stored finding
// can be shown again in either language.
import type { Finding, FindingCode, FindingParams, Lang, RenderedFinding, Role } from '../domain/types.ts';
import { cellWording, noDescription, wordingLine } from '../controlled-list/wording.ts';

/** The entry's crypto function, whole (a cut-off source cell said so), or that a provisional list has none. */
const cryptoOf = (p: FindingParams, l: Lang): string => (p.crypto_function
  ? `: ${wordingLine(cellWording(String(p.crypto_function), l))}` : Number(p.provisional) ? `: ${noDescription(l)}` : '');

const ROLE: Record<Lang, Record<Role, string>> = {
  en: { invoice: 'invoice', packing_list: 'packing list', permit: 'permit', catalogue: 'catalogue' },
  vi: { invoice: 'hóa đơn thương mại', packing_list: 'phiếu đóng gói', permit: 'giấy phép', catalogue: 'catalogue' },
};

const TOTAL_NAME: Record<Lang, Record<string, string>> = {
  en: { total_packages: 'total packages', total_net_weight: 'total net weight (kg)', total_gross_weight: 'total gross weight (kg)' },
  vi: { total_packages: 'tổng số kiện', total_net_weight: 'tổng trọng lượng tịnh (kg)', total_gross_weight: 'tổng trọng lượng cả bì (kg)' },
};

const PROBLEM: Record<Lang, Record<string, string>> = {
  en: { not_a_number: 'is not a number', negative: 'is negative', absurd: 'is implausibly large', bad_hs_code: 'is not an HS code', bad_date: 'is not a date', missing: 'is empty',
    uncalculated_formula: 'is a formula with no saved result (the file was generated and never calculated): open it in Excel or LibreOffice, save it and import it again' },
  vi: { not_a_number: 'không phải là số', negative: 'là số âm', absurd: 'lớn bất thường', bad_hs_code: 'không phải mã HS', bad_date: 'không phải ngày', missing: 'bị trống',
    uncalculated_formula: 'là công thức chưa có kết quả (tệp được tạo tự động và chưa được tính): hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại' },
};

const FIELD: Record<Lang, Record<string, string>> = {
  en: { model: 'model', quantity: 'quantity', unitPrice: 'unit price', amount: 'amount', packages: 'packages', netWeight: 'net weight', grossWeight: 'gross weight', hsCode: 'HS code' },
  vi: { model: 'model', quantity: 'số lượng', unitPrice: 'đơn giá', amount: 'thành tiền', packages: 'số kiện', netWeight: 'trọng lượng tịnh', grossWeight: 'trọng lượng cả bì', hsCode: 'mã HS' },
};

type Template = (p: FindingParams, lang: Lang) => string;

const role = (p: FindingParams, key: string, lang: Lang): string => ROLE[lang][p[key] as Role] ?? String(p[key]);
const qty = (n: FindingParams[string], unit: FindingParams[string]): string => (unit ? `${fmt(n)} ${unit}` : fmt(n));
/** " X" when there is an X to name, "" otherwise: a permit may have no readable number, a cell no text. */
const after = (v: FindingParams[string] | undefined): string => (v === undefined || v === '' ? '' : ` ${v}`);
const quoted = (v: FindingParams[string] | undefined): string => (v === undefined || v === '' ? '' : ` "${v}"`);
const fmt = (n: FindingParams[string]): string => (typeof n === 'number' ? String(Math.round(n * 1e4) / 1e4) : String(n));

const EN: Record<FindingCode, Template> = {
  MISSING_IN_PACKING_LIST: (p) => `${p.model} is invoiced (${fmt(p.quantity)}) but not on the packing list${closest(p, 'en', 'packing list')}.`,
  MISSING_IN_INVOICE: (p) => `${p.model} is on the packing list (${fmt(p.quantity)}) but not invoiced${closest(p, 'en', 'invoice')}.`,
  QUANTITY_MISMATCH: (p) => `Invoice has ${qty(p.invoice, p.invoice_unit)} of ${p.model}, packing list has ${qty(p.packing_list, p.packing_list_unit)}.`,
  UNIT_MISMATCH: (p, l) => `${p.model} is counted in ${p.invoice_unit} on the ${p.first_role ? role(p, 'first_role', l) : 'invoice'} but in ${p.other_unit} on the ${role(p, 'other', l)}.`,
  MODEL_NEAR_MATCH: (p, l) => `The ${role(p, 'first_role', l)} writes "${p.model}", the ${role(p, 'other', l)} writes "${p.other_name}": matched only after normalisation.`,
  LINE_AMOUNT_MISMATCH: (p) => `Invoice line for ${p.model}: ${fmt(p.quantity)} × ${fmt(p.unit_price)} = ${fmt(p.expected)}, but the line amount is ${fmt(p.stated)}.`,
  INVOICE_TOTAL_MISMATCH: (p) => `Invoice total is ${fmt(p.stated)}${p.currency ? ' ' + p.currency : ''}, but its line amounts add up to ${fmt(p.sum)}.`,
  PACKING_TOTAL_MISMATCH: (p, l) => `Packing list states ${TOTAL_NAME[l][String(p.total)]} ${fmt(p.stated)}, but its lines add up to ${fmt(p.sum)}.`,
  WEIGHT_INCONSISTENT: (p) => p.where === 'line'
    ? `Packing list row ${p.row}: gross weight ${fmt(p.gross)} kg is below net weight ${fmt(p.net)} kg.`
    : `Packing list totals: gross weight ${fmt(p.gross)} kg is below net weight ${fmt(p.net)} kg.`,
  CONTROLLED_HS_CODE: (p) => `${p.model} has HS code ${p.hs_code}, on the controlled list of civil cryptographic products (${p.list}${Number(p.provisional) ? ', provisional list' : ''}, entry ${p.entry}${cryptoOf(p, 'en')}): export/import by permit. Check that its name and crypto function match the entry.`,
  NOT_IN_PERMIT: (p) => Number(p.permit_given)
    ? `${p.model} (HS ${p.hs_code}) is a controlled item but has no line on the permit.`
    : `${p.model} (HS ${p.hs_code}) is a controlled item and no permit was given.`,
  PERMIT_QUANTITY_EXCEEDED: (p) => `Invoice has ${fmt(p.invoice)} of ${p.model}, more than the permit allows (${fmt(p.permit)}).`,
  HS_CODE_MISMATCH: (p) => `${p.model} has different HS codes: ${p.codes}.`,
  ORIGIN_MISMATCH: (p, l) => `${p.model} is of origin "${p.first_origin}" on the ${role(p, 'first_role', l)} but "${p.other_origin}" on the ${role(p, 'other', l)}.`,
  PERMIT_EXPIRED: (p) => `Permit${after(p.permit)} expired on ${p.valid_until}, before the check date ${p.date}.`,
  PERMIT_NOT_YET_VALID: (p) => `Permit${after(p.permit)} is issued on ${p.issue_date}, after the check date ${p.date}.`,
  MISSING_IN_CATALOGUE: (p) => `${p.model} is invoiced but has no entry in the catalogue.`,
  PERMIT_VALIDITY_UNKNOWN: (p) => `Permit${after(p.permit)} states no validity end date that could be read: check its validity by hand.`,
  INVALID_VALUE: (p, l) => `${p.file}, sheet "${p.sheet}", cell ${p.cell}: the ${FIELD[l][String(p.field)] ?? p.field}${quoted(p.raw)} ${PROBLEM[l][String(p.problem)]}.`,
  PERMIT_COPIES_DIFFER: (p, l) => `Permit${after(p.permit)} given here differs from the copy already registered in this archive${p.registered_by ? ` (from ${p.registered_by})` : ''}: ${copyDifference(p, l)}${Number(p.differences) > 1 ? ` (${p.differences} lines differ)` : ''}. Check which copy the authority issued.`,
  PERMIT_BALANCE_EXCEEDED: (p) => `Permit${after(p.permit)} allows ${qty(p.permitted, p.unit)} of ${p.model}: ${drawnBefore(p, 'en')}; this folder's ${fmt(p.drawn)} brings the total to ${fmt(p.total)}, ${fmt(Number(p.total) - Number(p.permitted))} over.`,
  PERMIT_DIRECTION_MISMATCH: (p) => `This is ${p.folder_direction === 'import' ? 'an import' : 'an export'} folder, but permit${after(p.permit)} is ${p.permit_direction === 'import' ? 'an import' : 'an export'} permit.`,
  NOT_CHECKED: (p, l) => `Not checked: ${RULE.en[String(p.rule)] ?? p.rule} (${p.rule}) on the ${role(p, 'role', l)}${p.file ? ` (${p.file})` : ''}: ${notCheckedReason(p, 'en')}.`,
  AMBIGUOUS_NUMBER: (p, l) => `${p.file}, sheet "${p.sheet}", cell ${p.cell}: the ${FIELD[l][String(p.field)] ?? p.field} "${p.raw}" reads two ways, ${fmt(p.read_as)} or ${fmt(p.other)}, and no other number in its column decides which; it was read as ${fmt(p.read_as)}: check it.`,
  LEGACY_ENCODING: (p) => `${p.file}, sheet "${p.sheet}": ${fmt(p.count)} cell(s) typed in the ${ENCODING.en[String(p.encoding)] ?? p.encoding} encoding were converted to Unicode for matching and display (the original text is kept), e.g. ${p.cell} "${p.raw}" → "${p.converted}"${p.unconverted ? `; could not convert: ${p.unconverted}` : ''}${p.encoding === 'TCVN3' ? '. TCVN3 has no capital letters with tone marks: words typed in capitals with a .VnTimeH font read in capitals only when their plain letters are capitals' : ''}.`,
};

const VI: Record<FindingCode, Template> = {
  MISSING_IN_PACKING_LIST: (p) => `${p.model} có trên hóa đơn thương mại (${fmtVi(p.quantity)}) nhưng không có trên phiếu đóng gói${closest(p, 'vi', 'phiếu đóng gói')}.`,
  MISSING_IN_INVOICE: (p) => `${p.model} có trên phiếu đóng gói (${fmtVi(p.quantity)}) nhưng không có trên hóa đơn thương mại${closest(p, 'vi', 'hóa đơn thương mại')}.`,
  QUANTITY_MISMATCH: (p) => `Hóa đơn thương mại ghi ${qtyVi(p.invoice, p.invoice_unit)} ${p.model}, phiếu đóng gói ghi ${qtyVi(p.packing_list, p.packing_list_unit)}.`,
  UNIT_MISMATCH: (p, l) => `${p.model} tính theo ${p.invoice_unit} trên ${p.first_role ? role(p, 'first_role', l) : 'hóa đơn thương mại'} nhưng theo ${p.other_unit} trên ${role(p, 'other', l)}.`,
  MODEL_NEAR_MATCH: (p, l) => `${cap(role(p, 'first_role', l))} ghi "${p.model}", ${role(p, 'other', l)} ghi "${p.other_name}": chỉ khớp sau khi chuẩn hóa.`,
  LINE_AMOUNT_MISMATCH: (p) => `Dòng hóa đơn thương mại ${p.model}: ${fmtVi(p.quantity)} × ${fmtVi(p.unit_price)} = ${fmtVi(p.expected)}, nhưng thành tiền ghi ${fmtVi(p.stated)}.`,
  INVOICE_TOTAL_MISMATCH: (p) => `Tổng hóa đơn thương mại ghi ${fmtVi(p.stated)}${p.currency ? ' ' + p.currency : ''}, nhưng cộng các dòng được ${fmtVi(p.sum)}.`,
  PACKING_TOTAL_MISMATCH: (p, l) => `Phiếu đóng gói ghi ${TOTAL_NAME[l][String(p.total)]} ${fmtVi(p.stated)}, nhưng cộng các dòng được ${fmtVi(p.sum)}.`,
  WEIGHT_INCONSISTENT: (p) => p.where === 'line'
    ? `Phiếu đóng gói dòng ${p.row}: trọng lượng cả bì ${fmtVi(p.gross)} kg nhỏ hơn trọng lượng tịnh ${fmtVi(p.net)} kg.`
    : `Tổng phiếu đóng gói: trọng lượng cả bì ${fmtVi(p.gross)} kg nhỏ hơn trọng lượng tịnh ${fmtVi(p.net)} kg.`,
  CONTROLLED_HS_CODE: (p) => `${p.model} có mã HS ${p.hs_code}, thuộc danh mục sản phẩm mật mã dân sự (${viList(p.list)}${Number(p.provisional) ? ', danh mục tạm thời' : ''}, dòng ${p.entry}${cryptoOf(p, 'vi')}): xuất khẩu, nhập khẩu theo giấy phép. Cần đối chiếu tên gọi và chức năng mật mã với danh mục.`,
  NOT_IN_PERMIT: (p) => Number(p.permit_given)
    ? `${p.model} (HS ${p.hs_code}) thuộc danh mục kiểm soát nhưng không có trong giấy phép.`
    : `${p.model} (HS ${p.hs_code}) thuộc danh mục kiểm soát nhưng chưa có giấy phép.`,
  PERMIT_QUANTITY_EXCEEDED: (p) => `Hóa đơn thương mại ghi ${fmtVi(p.invoice)} ${p.model}, vượt số lượng được cấp phép (${fmtVi(p.permit)}).`,
  HS_CODE_MISMATCH: (p) => `${p.model} có mã HS khác nhau: ${viRoles(String(p.codes))}.`,
  ORIGIN_MISMATCH: (p, l) => `${p.model} có xuất xứ "${p.first_origin}" trên ${role(p, 'first_role', l)} nhưng "${p.other_origin}" trên ${role(p, 'other', l)}.`,
  PERMIT_EXPIRED: (p) => `Giấy phép${after(p.permit)} hết hiệu lực ngày ${dayVi(p.valid_until)}, trước ngày đối chiếu ${dayVi(p.date)}.`,
  PERMIT_NOT_YET_VALID: (p) => `Giấy phép${after(p.permit)} cấp ngày ${dayVi(p.issue_date)}, sau ngày đối chiếu ${dayVi(p.date)}.`,
  MISSING_IN_CATALOGUE: (p) => `${p.model} có trên hóa đơn thương mại nhưng không có trong catalogue.`,
  PERMIT_VALIDITY_UNKNOWN: (p) => `Không đọc được ngày hết hiệu lực của giấy phép${after(p.permit)}: hãy kiểm tra thủ công.`,
  INVALID_VALUE: (p, l) => `${p.file}, trang tính "${p.sheet}", ô ${p.cell}: ${FIELD[l][String(p.field)] ?? p.field}${quoted(p.raw)} ${PROBLEM[l][String(p.problem)]}.`,
  PERMIT_COPIES_DIFFER: (p, l) => `Giấy phép${after(p.permit)} nộp ở đây khác với bản đã đăng ký trong kho hồ sơ${p.registered_by ? ` (từ ${p.registered_by})` : ''}: ${copyDifference(p, l)}${Number(p.differences) > 1 ? ` (${p.differences} dòng khác nhau)` : ''}. Hãy kiểm tra bản nào là bản do cơ quan cấp phép cấp.`,
  PERMIT_BALANCE_EXCEEDED: (p) => `Giấy phép${after(p.permit)} cho phép ${qtyVi(p.permitted, p.unit)} ${p.model}: ${drawnBefore(p, 'vi')}; lô này ${fmtVi(p.drawn)} nâng tổng lên ${fmtVi(p.total)}, vượt ${fmtVi(Number(p.total) - Number(p.permitted))}.`,
  PERMIT_DIRECTION_MISMATCH: (p) => `Đây là lô hàng ${p.folder_direction === 'import' ? 'nhập khẩu' : 'xuất khẩu'}, nhưng giấy phép${after(p.permit)} là giấy phép ${p.permit_direction === 'import' ? 'nhập khẩu' : 'xuất khẩu'}.`,
  NOT_CHECKED: (p, l) => `Chưa kiểm tra: ${RULE.vi[String(p.rule)] ?? p.rule} (${p.rule}) trên ${role(p, 'role', l)}${p.file ? ` (${p.file})` : ''}: ${notCheckedReason(p, 'vi')}.`,
  AMBIGUOUS_NUMBER: (p, l) => `${p.file}, trang tính "${p.sheet}", ô ${p.cell}: ${FIELD[l][String(p.field)] ?? p.field} "${p.raw}" có thể hiểu hai cách, ${fmtVi(p.read_as)} hoặc ${fmtVi(p.other)}, và không số nào khác trong cột xác định được; đã đọc là ${fmtVi(p.read_as)}: hãy kiểm tra lại.`,
  LEGACY_ENCODING: (p) => `${p.file}, trang tính "${p.sheet}": ${fmtVi(p.count)} ô gõ bằng bảng mã ${ENCODING.vi[String(p.encoding)] ?? p.encoding} đã được chuyển sang Unicode để đối chiếu và hiển thị (vẫn giữ nguyên văn bản gốc), ví dụ ${p.cell} "${p.raw}" → "${p.converted}"${p.unconverted ? `; không chuyển được: ${p.unconverted}` : ''}${p.encoding === 'TCVN3' ? '. TCVN3 không có chữ hoa có dấu thanh: chữ gõ hoa bằng phông .VnTimeH chỉ được đọc thành chữ hoa khi các chữ cái không dấu của từ đó viết hoa' : ''}.`,
};

const COPY_FIELD: Record<Lang, Record<string, string>> = {
  en: { quantity: 'quantity', unit: 'unit', hsCode: 'HS code', origin: 'country', brand: 'brand', description: 'name' },
  vi: { quantity: 'số lượng', unit: 'đơn vị tính', hsCode: 'mã HS', origin: 'nước sản xuất', brand: 'nhãn hiệu', description: 'tên sản phẩm' },
};

/** The first difference between two copies of a permit, in words. */
function copyDifference(p: FindingParams, l: Lang): string {
  if (p.kind === 'missing_here') return l === 'vi' ? `bản đã đăng ký có ${p.model}, bản này không có` : `the registered copy lists ${p.model}, this copy does not`;
  if (p.kind === 'extra_here') return l === 'vi' ? `bản này có ${p.model}, bản đã đăng ký không có` : `this copy lists ${p.model}, the registered copy does not`;
  const field = COPY_FIELD[l][String(p.field)] ?? String(p.field);
  return l === 'vi' ? `${field} của ${p.model} là "${p.registered}" trên bản đã đăng ký, "${p.copy}" trên bản này`
    : `the ${field} of ${p.model} is "${p.registered}" on the registered copy, "${p.copy}" on this one`;
}

/** What was drawn from the line before this folder: other folders by reference, and manual adjustments. */
function drawnBefore(p: FindingParams, l: Lang): string {
  const parts: string[] = [];
  if (p.before) parts.push(l === 'vi' ? `đã trừ cho ${p.before}` : `already drawn by ${p.before}`);
  if (Number(p.adjusted)) parts.push(l === 'vi' ? `${fmt(p.adjusted)} điều chỉnh thủ công (hàng khai ngoài kho hồ sơ này)` : `${fmt(p.adjusted)} adjusted by hand (goods declared outside this archive)`);
  if (parts.length === 0) return l === 'vi' ? 'chưa lô nào trừ trước' : 'nothing drawn before';
  return parts.join(l === 'vi' ? ' và ' : ' and ');
}

const RULE: Record<Lang, Record<string, string>> = {
  en: {
    LINE_AMOUNT_MISMATCH: 'line amounts (quantity × unit price)', INVOICE_TOTAL_MISMATCH: 'the invoice total',
    WEIGHT_INCONSISTENT: 'net against gross weight', PACKING_TOTAL_MISMATCH: 'the packing-list totals',
    CONTROLLED_HS_CODE: 'the controlled-list check by HS code', HS_CODE_MISMATCH: 'HS codes across documents', ORIGIN_MISMATCH: 'origin across documents',
  },
  vi: {
    LINE_AMOUNT_MISMATCH: 'thành tiền từng dòng (số lượng × đơn giá)', INVOICE_TOTAL_MISMATCH: 'tổng trị giá hóa đơn',
    WEIGHT_INCONSISTENT: 'trọng lượng tịnh so với cả bì', PACKING_TOTAL_MISMATCH: 'các dòng tổng của phiếu đóng gói',
    CONTROLLED_HS_CODE: 'đối chiếu danh mục kiểm soát theo mã HS', HS_CODE_MISMATCH: 'mã HS giữa các chứng từ', ORIGIN_MISMATCH: 'xuất xứ giữa các chứng từ',
  },
};

const NEED: Record<Lang, Record<string, string>> = {
  en: {
    amount: 'no line amount was found (no Amount column, or it is empty on every line)',
    unitPrice: 'no unit price was found (no Unit price column, or it is empty on every line)',
    weights: 'no net or gross weight was found (no weight columns, or they are empty on every line)',
    netWeight: 'no net weight was found on any line', grossWeight: 'no gross weight was found on any line',
    origin: 'no country of origin was found on any line',
    packages: 'a total number of packages is stated, but no line gives its packages',
  },
  vi: {
    amount: 'không tìm thấy thành tiền (không có cột Thành tiền, hoặc cột trống ở mọi dòng)',
    unitPrice: 'không tìm thấy đơn giá (không có cột Đơn giá, hoặc cột trống ở mọi dòng)',
    weights: 'không tìm thấy trọng lượng tịnh hay cả bì (không có cột trọng lượng, hoặc cột trống ở mọi dòng)',
    netWeight: 'không dòng nào có trọng lượng tịnh', grossWeight: 'không dòng nào có trọng lượng cả bì',
    origin: 'không dòng nào có xuất xứ',
    packages: 'có ghi tổng số kiện nhưng không dòng nào ghi số kiện',
  },
};

function notCheckedReason(p: FindingParams, lang: Lang): string {
  if (p.need === 'hsCode') {
    return lang === 'en'
      ? `${fmt(p.count)} invoiced model(s) have no HS code in any document: ${p.models}`
      : `${fmt(p.count)} model trên hóa đơn không có mã HS trên chứng từ nào: ${p.models}`;
  }
  return NEED[lang][String(p.need)] ?? String(p.need);
}

const ENCODING: Record<Lang, Record<string, string>> = {
  en: { TCVN3: 'TCVN3 (ABC, .Vn fonts)', VNI: 'VNI-Windows (VNI- fonts)' },
  vi: { TCVN3: 'TCVN3 (ABC, phông .Vn)', VNI: 'VNI-Windows (phông VNI-)' },
};

/** "; closest on the packing list: FG-100E, row 14" when a near model is there: users ask first why it did not match. */
function closest(p: FindingParams, lang: Lang, where: string): string {
  if (p.closest === undefined || p.closest === '') return '';
  return lang === 'en' ? `; closest on the ${where}: ${p.closest}, row ${p.closest_row}` : `; gần giống nhất trên ${where}: ${p.closest}, dòng ${p.closest_row}`;
}

/** Vietnamese writes the decimal comma: 126,5 kg, not 126.5. */
const fmtVi = (n: FindingParams[string]): string => (typeof n === 'number' ? fmt(n).replace('.', ',') : String(n));
const qtyVi = (n: FindingParams[string], unit: FindingParams[string]): string => (unit ? `${fmtVi(n)} ${unit}` : fmtVi(n));
/** A calendar day as Vietnamese writes it, day first (28/11/2026); anything else as it is. */
const dayVi = (v: FindingParams[string] | undefined): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(v ?? ''));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(v ?? '');
};
/** The list's name in Vietnamese: the decree's appendix is "Phụ lục". */
const viList = (v: FindingParams[string] | undefined): string => String(v ?? '').replace(/\bAppendix\b/g, 'Phụ lục');

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function viRoles(codes: string): string {
  return codes.replace(/\((invoice|permit|catalogue)\)/g, (_, r: Role) => `(${ROLE.vi[r]})`);
}

/** The finding's message in the chosen language. */
export function renderFinding(finding: Finding, lang: Lang): RenderedFinding {
  const message = (lang === 'vi' ? VI : EN)[finding.code](finding.params, lang);
  // Keys in the contract's order: code, severity, model (when there is one), message, refs.
  return {
    code: finding.code, severity: finding.severity, ...(finding.model !== undefined ? { model: finding.model } : {}), message, refs: finding.refs,
  };
}
