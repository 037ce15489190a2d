// A permit typed in TCVN3 (.VnTime fonts): the import preview says that its cells were converted to Unicode, in
// the user's language, before anything is imported; screenshots at two window sizes for a human to look at.
import * as XLSX from 'xlsx';
import { test, expect } from '../fixtures.ts';
import { PickerPage } from '../pages/picker.ts';
import { ShipmentsPage } from '../pages/shipments.ts';
import { FolderPage } from '../pages/folder.ts';

// "Số giấy phép:", "Có giá trị đến:", "Mã hàng", "Số lượng", "Xuất xứ", "Đài Loan" written with TCVN3 codes
// (TCVN 5712 VN3) as Windows-1252 characters, the way a .VnTime spreadsheet stores them.
function permitBytes(): Buffer {
  const rows = [
    ['S\u00e8 gi\u00cay ph\u00d0p:', '245/2026/GP-BCY'],
    ['C\u00e3 gi\u00b8 tr\u00de \u00ae\u00d5n:', '14/10/2027'],
    [],
    ['STT', 'M\u00b7 h\u00b5ng', 'S\u00e8 l\u00ad\u00eeng', 'Xu\u00cat x\u00f8'],
    [1, 'SG-100F', 10, '\u00a7\u00b5i Loan'],
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'GP');
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}

for (const lang of ['en', 'vi'] as const) {
  test(`the preview says which cells were converted from TCVN3 (${lang})`, async ({ page, bridge, tmp }) => {
    await page.getByRole('combobox').first().selectOption(lang);
    await new PickerPage(page, bridge).createArchive(tmp);
    await new ShipmentsPage(page).create('HPH-2026-0117');
    const folder = new FolderPage(page);
    await folder.drop([{ name: 'giay-phep.xlsx', bytes: permitBytes() }]);
    const notice = page.locator('section.preview [data-testid="import-notice"]');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(lang === 'en'
      ? /6 cell\(s\) typed in the TCVN3 \(ABC, \.Vn fonts\) encoding were converted to Unicode/
      : /6 ô gõ bằng bảng mã TCVN3 \(ABC, phông \.Vn\) đã được chuyển sang Unicode/);
    for (const [w, h] of [[1280, 720], [1920, 1080]]) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `test-results/screens/9-import-legacy-${w}x${h}-${lang}.png` });
    }
  });
}
