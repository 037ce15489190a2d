// A first guess of a dropped file's role from its name; the preview lets the user change it.
import { ROLES, type Role } from '../../../shared/domain/types.ts';
import type { DocGroup } from '../../../shared/ipc/groups.ts';

const PATTERNS: [Role, RegExp][] = [
  // Letters only as separators: "PL_0117" is a packing list, "PLAN" is not (\b would treat "_" as a letter).
  ['packing_list', /packing|pack[-_ ]?list|(^|[^a-z])p\.?l([^a-z]|$)|dong[-_ ]?goi|đóng[-_ ]?gói|装箱/i],
  ['invoice', /invoice|(^|[^a-z])inv([^a-z]|$)|hoa[-_ ]?don|hóa[-_ ]?đơn|发票/i],
  ['permit', /permit|licen[cs]e|giay[-_ ]?phep|giấy[-_ ]?phép|许可/i],
  ['catalogue', /catalog|datasheet|brochure|目录/i],
];

/** The role the file's name says, if it says one. */
export function roleFromName(fileName: string): Role | undefined {
  const name = fileName.replace(/\.[^.]+$/, '');
  for (const [role, re] of PATTERNS) if (re.test(name)) return role;
  return undefined;
}

// What the document calls itself in its title rows ("PHIẾU ĐÓNG GÓI / PACKING LIST", "GIẤY PHÉP XUẤT KHẨU, NHẬP
// KHẨU …"): a file named "scan_0117.xlsx" still says what it is.
const TITLES: [Role, RegExp][] = [
  ['packing_list', /packing\s*list|phiếu\s*đóng\s*gói|phieu\s*dong\s*goi|装箱单/i],
  ['permit', /giấy\s*phép|giay\s*phep|\bpermit\b|\blicen[cs]e\b|许可证/i],
  ['invoice', /commercial\s*invoice|\binvoice\b|hóa\s*đơn|hoa\s*don|发票/i],
  ['catalogue', /catalog|datasheet|产品目录/i],
];

/** The role a document's first rows name, if any (the first title line that names one wins). */
export function roleFromContent(rows: string[][]): Role | undefined {
  for (const row of rows.slice(0, 12)) {
    const line = row.join(' ');
    for (const [role, re] of TITLES) if (re.test(line)) return role;
  }
  return undefined;
}

export type AttachmentKind = 'pdf' | 'image';

/** A PDF or an image: not a spreadsheet to read, but a paper of the dossier to file under a checklist group. */
export function attachmentKind(fileName: string, bytes: Uint8Array): AttachmentKind | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('%PDF') || /\.pdf$/i.test(fileName)) return 'pdf';
  if ((bytes[0] === 0xff && bytes[1] === 0xd8) || head.startsWith('\x89PNG') || /\.(jpe?g|png|tiff?|heic)$/i.test(fileName)) return 'image';
  return undefined;
}

/** The checklist group a dossier paper most likely belongs to, from its name; trade documents otherwise. */
export function guessGroup(fileName: string): DocGroup {
  const n = fileName.toLowerCase();
  if (/giay[-_ ]?phep[-_ ]?kinh[-_ ]?doanh|business|dkkd|đkkd|legal|phap[-_ ]?ly/.test(n)) return 'legal';
  if (/don[-_ ]?de[-_ ]?nghi|application|mau[-_ ]?07|form[-_ ]?07|permit|giay[-_ ]?phep/.test(n)) return 'application';
  if (/hop[-_ ]?quy|hop[-_ ]?chuan|conformity|certificate|chung[-_ ]?nhan/.test(n)) return 'conformity';
  if (/datasheet|manual|catalog|huong[-_ ]?dan|firmware|spec/.test(n)) return 'technical';
  return 'trade';
}

export function guessRole(fileName: string, taken: ReadonlySet<Role> = new Set()): Role {
  const name = fileName.replace(/\.[^.]+$/, '');
  for (const [role, re] of PATTERNS) if (re.test(name)) return role;
  return ROLES.find((r) => !taken.has(r)) ?? 'invoice';
}
