import { describe, expect, it } from 'vitest';
import { attachmentKind, guessGroup, roleFromContent } from '../../renderer/src/import/guess-role.ts';

describe('what a dropped file is, from its content', () => {
  it('reads the role from the title rows', () => {
    expect(roleFromContent([['PHIẾU ĐÓNG GÓI / PACKING LIST'], ['Số / No.: PL-2026-1187']])).toBe('packing_list');
    expect(roleFromContent([['BAN CƠ YẾU CHÍNH PHỦ'], ['GIẤY PHÉP XUẤT KHẨU, NHẬP KHẨU SẢN PHẨM MẬT MÃ DÂN SỰ']])).toBe('permit');
    expect(roleFromContent([['SECUGATE NETWORKS CO., LTD.'], [], ['COMMERCIAL INVOICE / HÓA ĐƠN THƯƠNG MẠI']])).toBe('invoice');
    expect(roleFromContent([['STT', 'Model', 'Qty']])).toBeUndefined();
  });
  it('knows a PDF or a photo by its bytes, whatever its name', () => {
    expect(attachmentKind('scan.dat', new TextEncoder().encode('%PDF-1.7 ...'))).toBe('pdf');
    expect(attachmentKind('IMG_0001', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image');
    expect(attachmentKind('invoice.xlsx', Uint8Array.from([0x50, 0x4b, 3, 4]))).toBeUndefined();
  });
  it('files a paper under its likely checklist group', () => {
    expect(guessGroup('Giay-phep-kinh-doanh-MMDS.pdf')).toBe('legal');
    expect(guessGroup('datasheet-SG-100F.pdf')).toBe('technical');
    expect(guessGroup('AWB-123-456.jpg')).toBe('trade');
  });
});
