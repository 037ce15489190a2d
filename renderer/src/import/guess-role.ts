// A first guess of a dropped file's role from its name; the preview lets the user change it.
import { ROLES, type Role } from '../../../shared/domain/types.ts';

const PATTERNS: [Role, RegExp][] = [
  // Letters only as separators: "PL_0117" is a packing list, "PLAN" is not (\b would treat "_" as a letter).
  ['packing_list', /packing|pack[-_ ]?list|(^|[^a-z])p\.?l([^a-z]|$)|dong[-_ ]?goi|đóng[-_ ]?gói|装箱/i],
  ['invoice', /invoice|(^|[^a-z])inv([^a-z]|$)|hoa[-_ ]?don|hóa[-_ ]?đơn|发票/i],
  ['permit', /permit|licen[cs]e|giay[-_ ]?phep|giấy[-_ ]?phép|许可/i],
  ['catalogue', /catalog|datasheet|brochure|目录/i],
];

export function guessRole(fileName: string, taken: ReadonlySet<Role> = new Set()): Role {
  const name = fileName.replace(/\.[^.]+$/, '');
  for (const [role, re] of PATTERNS) if (re.test(name)) return role;
  return ROLES.find((r) => !taken.has(r)) ?? 'invoice';
}
