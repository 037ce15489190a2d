// The bundled holiday table (resources/holidays/vn-holidays.csv), read once per process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHolidayTable, type HolidayTable } from '../../shared/calendar/holiday-table.ts';
import { resourcesDir } from './controlled-lists.ts';

let cached: HolidayTable | undefined;

export function loadHolidayTable(): HolidayTable {
  cached ??= parseHolidayTable(readFileSync(join(resourcesDir(), 'holidays', 'vn-holidays.csv'), 'utf8'));
  return cached;
}
