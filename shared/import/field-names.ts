import type { LineField, Role } from '../domain/types.ts';

const FIELD_EN: Record<LineField, string> = {
  model: 'model / part number', description: 'description', brand: 'brand', hsCode: 'HS code',
  quantity: 'quantity', unit: 'unit', unitPrice: 'unit price', amount: 'amount', origin: 'origin',
  packages: 'packages', netWeight: 'net weight', grossWeight: 'gross weight',
};
const FIELD_VI: Record<LineField, string> = {
  model: 'model / mã hàng', description: 'mô tả', brand: 'nhãn hiệu', hsCode: 'mã HS',
  quantity: 'số lượng', unit: 'đơn vị tính', unitPrice: 'đơn giá', amount: 'thành tiền', origin: 'xuất xứ',
  packages: 'số kiện', netWeight: 'trọng lượng tịnh', grossWeight: 'trọng lượng cả bì',
};
const ROLE_EN: Record<Role, string> = { invoice: 'invoice', packing_list: 'packing list', permit: 'permit', catalogue: 'catalogue' };
const ROLE_VI: Record<Role, string> = { invoice: 'hóa đơn', packing_list: 'phiếu đóng gói', permit: 'giấy phép', catalogue: 'catalogue' };

export const describeField = (f: LineField): string => FIELD_EN[f];
export const describeFieldVi = (f: LineField): string => FIELD_VI[f];
export const roleName = (r: Role): string => ROLE_EN[r];
export const roleNameVi = (r: Role): string => ROLE_VI[r];
