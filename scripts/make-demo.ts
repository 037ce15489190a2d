// Writes the demo shipment to seeds/demo/ (run: node --import tsx scripts/make-demo.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoShipment, toBytes } from './fixtures/shipment.ts';

const dir = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'seeds', 'demo');
mkdirSync(dir, { recursive: true });
const wbs = demoShipment();
const names = { invoice: 'invoice.xlsx', packing_list: 'packing-list.xlsx', permit: 'permit.xlsx', catalogue: 'catalogue.xlsx' } as const;
for (const [role, wb] of Object.entries(wbs) as [keyof typeof names, (typeof wbs)[keyof typeof names]][]) {
  writeFileSync(join(dir, names[role]), toBytes(wb));
}
console.log(`demo shipment written to ${dir}`);
