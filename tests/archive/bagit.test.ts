// `export` as a BagIt 1.0 bag: every RFC 8493 rule checked by an independent validator, on names suppliers and
// archivists really use (Vietnamese, spaces, %, several dots), and a single tampered byte is caught.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBag, openArchive } from '../../electron/archive/index.ts';
import { encodeManifestPath } from '../../electron/archive/bagit.ts';
import { sha256Hex } from '../../electron/archive/sql.ts';
import { shipment, tempDir } from './helpers.ts';
import { validateBag } from './bagit-validator.ts';

function archiveWith(names: string[]) {
  const a = openArchive(join(tempDir(), 'a.sqlite'), { create: true });
  a.addShipment(shipment('HPH-2026-0117', {
    attachments: names.map((name, i) => ({ name, bytes: new TextEncoder().encode(`attachment ${i} ${name}\r\nline two\n`) })),
  }));
  return a;
}

describe('BagIt export (RFC 8493)', () => {
  it('is a complete, valid bag: bagit.txt, bag-info.txt with Payload-Oxum, manifests of every file, originals byte for byte', () => {
    const a = archiveWith(['Hợp đồng mua bán số 12.pdf', '100% tested.txt', 'C/O form E.pdf', 'report.txt']);
    const out = join(tempDir(), 'bag');
    const r = exportBag(a, 'HPH-2026-0117', out, { organization: 'Công ty TNHH Tư vấn Hải quan Hải Phòng', now: new Date(2026, 11, 3) });
    expect(validateBag(out)).toEqual([]);
    expect(readFileSync(join(out, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const info = readFileSync(join(out, 'bag-info.txt'), 'utf8');
    expect(info).toMatch(/^External-Identifier: HPH-2026-0117$/m);
    expect(info).toMatch(/^Bagging-Date: 2026-12-03$/m);
    expect(info).toMatch(/^Source-Organization: Công ty TNHH Tư vấn Hải quan Hải Phòng$/m);
    expect(info).toMatch(new RegExp(`^Payload-Oxum: ${r.payloadBytes}\\.${r.payloadFiles}$`, 'm'));
    const data = readdirSync(join(out, 'data')).sort();
    expect(data).toContain('manifest.json');
    expect(data).toContain('report.txt');
    expect(data).toContain('report (2).txt'); // the user's own report.txt is not overwritten by ours
    expect(data).toContain('C_O form E.pdf');
    // Every stored file, byte for byte, with the SHA-256 the archive holds.
    for (const f of a.getShipment('HPH-2026-0117').files) {
      const exported = r.folders[0].files.find((x) => x.sha256 === f.sha256 && x.originalName === f.name)!;
      expect(sha256Hex(readFileSync(join(out, 'data', exported.name)))).toBe(f.sha256);
    }
    // LF line endings only, and UTF-8 names written as they are.
    const manifest = readFileSync(join(out, 'manifest-sha256.txt'), 'utf8');
    expect(manifest).not.toMatch(/\r/);
    expect(manifest).toMatch(/  data\/Hợp đồng mua bán số 12\.pdf\n/);
    expect(manifest).toMatch(/  data\/100%25 tested\.txt\n/);
    expect(readFileSync(join(out, 'tagmanifest-sha256.txt'), 'utf8').trim().split('\n').map((l) => l.split('  ')[1]).sort())
      .toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt']);
    a.close();
  });

  it('percent-encodes CR, LF and % in manifest paths', () => {
    expect(encodeManifestPath('data/a%b\r\nc')).toBe('data/a%25b%0D%0Ac');
  });

  it('a tampered byte, a removed or an added payload file, a wrong Payload-Oxum or an edited tag file all fail validation', () => {
    const a = archiveWith(['contract.pdf']);
    const fresh = () => {
      const out = join(tempDir(), 'bag');
      exportBag(a, 'HPH-2026-0117', out);
      expect(validateBag(out)).toEqual([]);
      return out;
    };
    let bag = fresh();
    const inv = join(bag, 'data', 'invoice.xlsx');
    const bytes = readFileSync(inv);
    bytes[3] ^= 1;
    writeFileSync(inv, bytes);
    expect(validateBag(bag)).toEqual([expect.stringMatching(/manifest-sha256\.txt: data\/invoice\.xlsx has checksum/)]);

    bag = fresh();
    writeFileSync(join(bag, 'data', 'extra.txt'), 'x');
    expect(validateBag(bag).join('\n')).toMatch(/extra\.txt is not listed/);
    expect(validateBag(bag).join('\n')).toMatch(/Payload-Oxum \d+\.5, but the payload is \d+\.6/);

    bag = fresh();
    rmSync(join(bag, 'data', 'report.txt'));
    expect(validateBag(bag).join('\n')).toMatch(/data\/report\.txt is listed but missing/);

    bag = fresh();
    appendFileSync(join(bag, 'bag-info.txt'), 'Contact-Name: someone\n');
    expect(validateBag(bag).join('\n')).toMatch(/tagmanifest-sha256\.txt: bag-info\.txt has checksum/);
    a.close();
  });

  it('exports several folders into one bag, each under data/REF/', () => {
    const a = openArchive(join(tempDir(), 'a.sqlite'), { create: true });
    a.addShipment(shipment('HPH/1'));
    a.addShipment(shipment('HPH-2'));
    const out = join(tempDir(), 'bag');
    exportBag(a, ['HPH/1', 'HPH-2'], out);
    expect(validateBag(out)).toEqual([]);
    expect(readdirSync(join(out, 'data')).sort()).toEqual(['HPH-2', 'HPH_1']);
    expect(readFileSync(join(out, 'bag-info.txt'), 'utf8').match(/^External-Identifier: .*$/gm)).toEqual(['External-Identifier: HPH/1', 'External-Identifier: HPH-2']);
    a.close();
  });

  it('leaves nothing under DIR when the folder does not exist, and refuses a non-empty DIR', () => {
    const a = archiveWith([]);
    const out = join(tempDir(), 'bag');
    expect(() => exportBag(a, 'NOPE', out)).toThrow(/no shipment folder "NOPE"/);
    expect(() => readdirSync(out)).toThrow();
    const full = tempDir();
    writeFileSync(join(full, 'keep.txt'), 'mine');
    expect(() => exportBag(a, 'HPH-2026-0117', full)).toThrow(/not empty/);
    expect(readdirSync(full)).toEqual(['keep.txt']);
    a.close();
  });

  // An independent validator when one is installed (bagit-python: `bagit.py --validate`); none is packaged for Debian bookworm.
  const bagitPy = spawnSync('bagit.py', ['--version'], { encoding: 'utf8' });
  it.skipIf(bagitPy.error !== undefined)('bagit.py (Library of Congress bagit-python) validates the bag', () => {
    const a = archiveWith(['Hợp đồng.pdf']);
    const out = join(tempDir(), 'bag');
    exportBag(a, 'HPH-2026-0117', out);
    const r = spawnSync('bagit.py', ['--validate', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    a.close();
  });
});
