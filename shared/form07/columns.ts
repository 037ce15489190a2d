// Form 07's product-list columns (Decree 211/2025/NĐ-CP), in the contract's order: Vietnamese header over English.
export type Form07Field =
  | 'no' | 'name' | 'brand' | 'model' | 'hsCode' | 'country' | 'quantity' | 'unit' | 'standards' | 'features' | 'purpose';

export const FORM07_COLUMNS: readonly { field: Form07Field; vi: string; en: string; width: number }[] = [
  { field: 'no', vi: 'STT', en: 'No.', width: 5 },
  { field: 'name', vi: 'Tên sản phẩm', en: 'Product name', width: 36 },
  { field: 'brand', vi: 'Nhãn hiệu, hãng sản xuất', en: 'Brand, manufacturer', width: 20 },
  { field: 'model', vi: 'Ký hiệu (model)', en: 'Model', width: 16 },
  { field: 'hsCode', vi: 'Mã HS', en: 'HS code', width: 12 },
  { field: 'country', vi: 'Nước sản xuất', en: 'Country of manufacture', width: 14 },
  { field: 'quantity', vi: 'Số lượng', en: 'Quantity', width: 9 },
  { field: 'unit', vi: 'Đơn vị tính', en: 'Unit', width: 9 },
  { field: 'standards', vi: 'Tiêu chuẩn, quy chuẩn kỹ thuật', en: 'Standards', width: 22 },
  { field: 'features', vi: 'Tính năng kỹ thuật, mật mã', en: 'Technical and cryptographic features', width: 30 },
  { field: 'purpose', vi: 'Mục đích xuất khẩu, nhập khẩu', en: 'Purpose', width: 22 },
];

/** The values a user may have to complete by hand, named for the one-line "not found" notes. */
export const COMPLETABLE: readonly Form07Field[] = ['name', 'brand', 'hsCode', 'country', 'unit', 'standards', 'features', 'purpose'];

export const FIELD_NAME: Record<Form07Field, { en: string; vi: string }> = {
  no: { en: 'no.', vi: 'STT' },
  name: { en: 'product name', vi: 'tên sản phẩm' },
  brand: { en: 'brand', vi: 'nhãn hiệu' },
  model: { en: 'model', vi: 'ký hiệu' },
  hsCode: { en: 'HS code', vi: 'mã HS' },
  country: { en: 'country of manufacture', vi: 'nước sản xuất' },
  quantity: { en: 'quantity', vi: 'số lượng' },
  unit: { en: 'unit', vi: 'đơn vị tính' },
  standards: { en: 'standards', vi: 'tiêu chuẩn, quy chuẩn kỹ thuật' },
  features: { en: 'technical and cryptographic features', vi: 'tính năng kỹ thuật, mật mã' },
  purpose: { en: 'purpose', vi: 'mục đích xuất khẩu, nhập khẩu' },
};

/** The name `saveForm07` gives the list it files in a folder (Form07-<ref>.xlsx). */
export const isForm07File = (name: string): boolean => /^Form07-.*\.xlsx$/i.test(name);
