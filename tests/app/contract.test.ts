import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANNELS, REQUEST_SCHEMAS } from '../../shared/ipc/contract.ts';
import { pack, packToBytes, unpack } from '../../shared/ipc/codec.ts';

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
  it('round-trips bytes alongside JSON, without base64', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) & 255);
    const frame = packToBytes({ file: 'x.xlsx', bytes, nested: [{ b: new Uint8Array([1, 2]) }], text: 'thiết bị' });
    expect(frame.byteLength).toBeLessThan(200_000 + 200);
    const back = unpack(frame) as { file: string; bytes: Uint8Array; nested: { b: Uint8Array }[]; text: string };
    expect(back.file).toBe('x.xlsx');
    expect(back.text).toBe('thiết bị');
    expect(Buffer.from(back.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(Array.from(back.nested[0].b)).toEqual([1, 2]);
  });

  it('keeps a literal "$bytes" key in user text as text', () => {
    expect(unpack(packToBytes({ note: '{"$bytes":0}' }))).toEqual({ note: '{"$bytes":0}' });
    expect(pack(null).length).toBe(2);
  });

  it('rejects truncated or lying frames with an error, never a wrong value', () => {
    const frame = packToBytes({ bytes: new Uint8Array(100) });
    expect(() => unpack(frame.subarray(0, frame.byteLength - 1))).toThrow(/truncated/);
    expect(() => unpack(new Uint8Array([255, 255, 255, 255, 123]))).toThrow(/truncated/);
    expect(() => unpack(new Uint8Array([1]))).toThrow(/short/);
  });
});
