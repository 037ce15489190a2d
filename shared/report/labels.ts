// The words of the discrepancy report (PDF and Excel), in English and Vietnamese, in customs people's words.
import type { Lang, Role, Severity } from '../domain/types.ts';

export const ROLE_TITLE: Record<Lang, Record<Role, string>> = {
  en: { invoice: 'Commercial invoice', packing_list: 'Packing list', permit: 'Permit', catalogue: 'Catalogue' },
  vi: { invoice: 'Hóa đơn thương mại', packing_list: 'Phiếu đóng gói', permit: 'Giấy phép', catalogue: 'Catalogue' },
};

export const SEVERITY_WORD: Record<Lang, Record<Severity, string>> = {
  en: { error: 'Error — must be corrected', warning: 'Warning — to be checked', info: 'Information' },
  vi: { error: 'Lỗi — phải sửa', warning: 'Cảnh báo — cần kiểm tra', info: 'Thông tin' },
};

export const REPORT_TEXT = {
  en: {
    title: 'Discrepancy report', shipment: 'Shipment', ref: 'Folder', direction: 'Direction', checkDate: 'Check date',
    list: 'Controlled list', noList: 'none in force on the check date', generated: 'Generated',
    documents: 'Documents read', role: 'Document', file: 'File', sheet: 'Sheet', lines: 'Lines', sha256: 'SHA-256', linesWord: 'lines', number: 'No.',
    findings: 'Findings', no: 'No.', severity: 'Severity', code: 'Code', model: 'Model', message: 'Finding', cells: 'Cells (value written there)',
    basis: 'Legal basis', penalty: 'Penalty', source: 'Source', verified: 'Verified',
    yes: 'yes', unverified: 'UNVERIFIED: the article or amount was not read in the official text',
    ack: 'Acknowledgement', ackBy: 'by', ackOn: 'on', noFindings: 'No findings: the documents were read and agree.',
    summary: (e: number, w: number, i: number) => `${e} error(s), ${w} warning(s), ${i} information`,
    supplierTitle: 'Request for correction', supplierTo: 'To the supplier / forwarder',
    supplierIntro: 'Please correct the following in the documents of this shipment and send them again:',
    supplierNone: 'Nothing to correct in the documents you sent.', please: 'Please correct',
    sheetReport: 'Report', sheetFindings: 'Findings', sheetDocuments: 'Documents', sheetSupplier: 'For the supplier',
    direction_import: 'import', direction_export: 'export', page: 'Page',
  },
  vi: {
    title: 'Báo cáo sai lệch bộ hồ sơ', shipment: 'Lô hàng', ref: 'Hồ sơ', direction: 'Chiều', checkDate: 'Ngày đối chiếu',
    list: 'Danh mục kiểm soát', noList: 'không có danh mục hiệu lực vào ngày đối chiếu', generated: 'Lập lúc',
    documents: 'Tài liệu đã đọc', role: 'Chứng từ', file: 'Tệp', sheet: 'Trang tính', lines: 'Số dòng', sha256: 'SHA-256', linesWord: 'dòng', number: 'Số',
    findings: 'Kết quả đối chiếu', no: 'STT', severity: 'Mức độ', code: 'Mã', model: 'Model', message: 'Nội dung', cells: 'Ô (giá trị ghi tại ô)',
    basis: 'Căn cứ pháp lý', penalty: 'Chế tài', source: 'Nguồn', verified: 'Đã kiểm chứng',
    yes: 'có', unverified: 'CHƯA KIỂM CHỨNG: điều khoản hoặc mức phạt chưa được đối chiếu với văn bản chính thức',
    ack: 'Ghi nhận', ackBy: 'bởi', ackOn: 'ngày', noFindings: 'Không có sai lệch: các tài liệu đã được đọc và khớp nhau.',
    summary: (e: number, w: number, i: number) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    supplierTitle: 'Đề nghị điều chỉnh chứng từ', supplierTo: 'Kính gửi: nhà cung cấp / đơn vị giao nhận',
    supplierIntro: 'Đề nghị Quý công ty điều chỉnh các nội dung sau trong chứng từ của lô hàng và gửi lại:',
    supplierNone: 'Không có nội dung cần điều chỉnh trong các chứng từ đã gửi.', please: 'Đề nghị sửa',
    sheetReport: 'Báo cáo', sheetFindings: 'Kết quả', sheetDocuments: 'Tài liệu', sheetSupplier: 'Gửi nhà cung cấp',
    direction_import: 'nhập khẩu', direction_export: 'xuất khẩu', page: 'Trang',
  },
} as const;
