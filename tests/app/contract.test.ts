import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANNELS, REQUEST_SCHEMAS } from '../../shared/ipc/contract.ts';
import { decode, encode } from '../../shared/ipc/codec.ts';

describe('IPC contract', () => {
  it('has one schema per channel, no more, no fewer', () => {
    expect(Object.keys(REQUEST_SCHEMAS).sort()).toEqual([...CHANNELS].sort());
  });

  it('the preload builds its methods from the channel list, with no generic invoke', () => {
    const preload = readFileSync('electron/preload/index.ts', 'utf8');
    expect(preload).toMatch(/CHANNELS\.map/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*invoke/);
    expect(preload).not.toMatch(/\.\.\.args/);
  });
});

describe('bridge codec', () => {
  it('round-trips bytes inside JSON', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) & 255);
    const back = decode(encode({ file: 'x.xlsx', bytes, nested: [{ b: new Uint8Array([1, 2]) }] })) as { file: string; bytes: Uint8Array; nested: { b: Uint8Array }[] };
    expect(back.file).toBe('x.xlsx');
    expect(Buffer.from(back.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(Array.from(back.nested[0].b)).toEqual([1, 2]);
  });
});
