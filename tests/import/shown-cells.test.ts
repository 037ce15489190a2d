import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readGrid } from '../../shared/import/workbook.ts';
import { serialAsDate, withShownText } from '../../shared/import/shown-cells.ts';

function xlsxWith(cells: Record<string, XLSX.CellObject>, date1904 = false): Uint8Array {
  const ws: XLSX.WorkSheet = { ...cells, '!ref': 'A1:C2' };
  const wb: XLSX.WorkBook = { SheetNames: ['Invoice'], Sheets: { Invoice: ws }, Workbook: { WBProps: { date1904 } } };
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('cells as the sheet shows them', () => {
  it('reads an Excel serial as dd/mm/yyyy in both date systems', () => {
    expect(serialAsDate(46112, false)).toBe('31/03/2026');
    expect(serialAsDate(46112 - 1462, true)).toBe('31/03/2026');
  });

  it('shows a date-formatted cell as a date and a formatted number as the sheet does, values unchanged', () => {
    const bytes = xlsxWith({
      A1: { t: 's', v: 'Date' }, B1: { t: 's', v: 'Amount' },
      A2: { t: 'n', v: 46112, z: 'm/d/yy' }, B2: { t: 'n', v: 1234.5, z: '#,##0.00' }, C2: { t: 'n', v: 7 },
    });
    const plain = readGrid('inv.xlsx', bytes);
    if (!plain.ok) throw new Error('unreadable');
    expect(plain.value.sheets[0].rows[1][0]).toBe('46112');
    const shown = withShownText(bytes, plain.value);
    expect(shown.sheets[0].rows[1]).toEqual(['31/03/2026', '1,234.50', '7']);
    expect(shown.sheets[0].rows[0]).toEqual(['Date', 'Amount']);
  });

  it('uses the 1904 date system when the workbook says so', () => {
    const bytes = xlsxWith({ A1: { t: 's', v: 'x' }, A2: { t: 'n', v: 46112 - 1462, z: 'dd/mm/yyyy' } }, true);
    const plain = readGrid('old-mac.xlsx', bytes);
    if (!plain.ok) throw new Error('unreadable');
    expect(withShownText(bytes, plain.value).sheets[0].rows[1][0]).toBe('31/03/2026');
  });
});
