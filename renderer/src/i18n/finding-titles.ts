// Each finding's title in words, as a declarant would say it; the code stays beside it, small, for reference
// (the CLI's JSON and the audit trail use it). A code this version has no title for (added by a newer check)
// shows as the code alone rather than nothing.
import type { Lang } from '../../../shared/domain/types.ts';

const TITLES: Record<Lang, Record<string, string>> = {
  en: {
    MISSING_IN_PACKING_LIST: 'Invoiced but not on the packing list',
    MISSING_IN_INVOICE: 'On the packing list but not invoiced',
    QUANTITY_MISMATCH: 'Quantity differs between commercial invoice and packing list',
    UNIT_MISMATCH: 'Unit of measure differs between documents',
    MODEL_NEAR_MATCH: 'Model written differently between documents',
    LINE_AMOUNT_MISMATCH: 'Line amount is not quantity × unit price',
    INVOICE_TOTAL_MISMATCH: 'Invoice total differs from the sum of its lines',
    PACKING_TOTAL_MISMATCH: 'Packing list total differs from the sum of its lines',
    WEIGHT_INCONSISTENT: 'Gross weight below net weight',
    CONTROLLED_HS_CODE: 'HS code on the controlled list (Appendix II): check name and crypto function',
    NOT_IN_PERMIT: 'Controlled item not in the permit',
    PERMIT_QUANTITY_EXCEEDED: 'Quantity over the permitted quantity',
    HS_CODE_MISMATCH: 'HS code differs between documents',
    ORIGIN_MISMATCH: 'Origin differs between documents',
    PERMIT_EXPIRED: 'Permit expired before the check date',
    PERMIT_NOT_YET_VALID: 'Permit not yet valid on the check date',
    MISSING_IN_CATALOGUE: 'Model not in the catalogue',
    PERMIT_VALIDITY_UNKNOWN: 'Permit validity could not be read',
    INVALID_VALUE: 'A cell could not be read',
  },
  vi: {
    MISSING_IN_PACKING_LIST: 'Có trên hóa đơn thương mại nhưng không có trên phiếu đóng gói',
    MISSING_IN_INVOICE: 'Có trên phiếu đóng gói nhưng không có trên hóa đơn thương mại',
    QUANTITY_MISMATCH: 'Số lượng khác nhau giữa hóa đơn thương mại và phiếu đóng gói',
    UNIT_MISMATCH: 'Đơn vị tính khác nhau giữa các chứng từ',
    MODEL_NEAR_MATCH: 'Model ghi khác nhau giữa các chứng từ',
    LINE_AMOUNT_MISMATCH: 'Thành tiền không bằng số lượng × đơn giá',
    INVOICE_TOTAL_MISMATCH: 'Tổng hóa đơn thương mại khác tổng các dòng',
    PACKING_TOTAL_MISMATCH: 'Tổng phiếu đóng gói khác tổng các dòng',
    WEIGHT_INCONSISTENT: 'Trọng lượng cả bì nhỏ hơn trọng lượng tịnh',
    CONTROLLED_HS_CODE: 'Mã HS thuộc danh mục kiểm soát (Phụ lục II): cần đối chiếu tên gọi và chức năng mật mã',
    NOT_IN_PERMIT: 'Hàng thuộc danh mục kiểm soát nhưng không có trong giấy phép',
    PERMIT_QUANTITY_EXCEEDED: 'Vượt số lượng được cấp phép',
    HS_CODE_MISMATCH: 'Mã HS khác nhau giữa các chứng từ',
    ORIGIN_MISMATCH: 'Xuất xứ khác nhau giữa các chứng từ',
    PERMIT_EXPIRED: 'Giấy phép hết hiệu lực trước ngày đối chiếu',
    PERMIT_NOT_YET_VALID: 'Giấy phép chưa có hiệu lực vào ngày đối chiếu',
    MISSING_IN_CATALOGUE: 'Model không có trong catalogue',
    PERMIT_VALIDITY_UNKNOWN: 'Không đọc được thời hạn hiệu lực của giấy phép',
    INVALID_VALUE: 'Không đọc được một ô dữ liệu',
  },
};

export function findingTitle(code: string, lang: Lang): string {
  return TITLES[lang][code] ?? code;
}
