// `node --import tsx e2e/support/seed-archive.ts <path> <count>`: an archive with <count> empty shipment
// folders, for the shipments list's scale test.
import { openArchive } from '../../electron/archive/index.ts';

const [path, countText] = process.argv.slice(2);
const count = Number(countText);
if (!path || !Number.isInteger(count) || count < 1) throw new Error('usage: seed-archive.ts <path> <count>');
const archive = openArchive(path, { create: true });
const t0 = performance.now();
// In batches of 5,000 folders per transaction: one fsync per batch, not per folder (100,000 commits took
// minutes on a busy disk), with the same rows, index and audit entries as one by one.
for (let start = 0; start < count; start += 5000) {
  archive.batch(() => {
    for (let i = start; i < Math.min(count, start + 5000); i++) {
      archive.createShipment(`S-${String(i).padStart(6, '0')}`, i % 5 === 0 ? 'export' : 'import', `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`);
    }
  });
}
archive.close();
console.log(`seeded ${count} shipments in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
