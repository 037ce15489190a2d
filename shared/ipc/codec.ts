// The e2e bridge's wire format (Electron's structured clone needs none of this): a JSON envelope followed by
// the raw bytes of every Uint8Array in the message. No base64: the renderer must not spend its main thread
// re-encoding a 10 MB workbook just because the transport is HTTP.
//
// Frame: [u32 little-endian JSON length][JSON {"v": value, "b": [byte lengths]}][bytes 0][bytes 1]…

const TAG = '$bytes';

export function pack(value: unknown): Uint8Array[] {
  const blobs: Uint8Array[] = [];
  const json = JSON.stringify({
    v: value === undefined ? null : value,
    b: [] as number[],
  }, function (this: unknown, key, v: unknown) {
    if (v instanceof Uint8Array) {
      blobs.push(v);
      return { [TAG]: blobs.length - 1 };
    }
    return v;
  });
  // The lengths are known only once the value is walked: patch them into the envelope's tail.
  const text = json.replace(/,"b":\[\]\}$/, `,"b":[${blobs.map((b) => b.byteLength).join(',')}]}`);
  const head = new TextEncoder().encode(text);
  const prefix = new Uint8Array(4);
  new DataView(prefix.buffer).setUint32(0, head.byteLength, true);
  return [prefix, head, ...blobs];
}

export function packToBytes(value: unknown): Uint8Array {
  const parts = pack(value);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

export function unpack(frame: Uint8Array): unknown {
  if (frame.byteLength < 4) throw new Error('frame too short');
  const headLength = new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(0, true);
  if (4 + headLength > frame.byteLength) throw new Error('frame truncated');
  const envelope = JSON.parse(new TextDecoder().decode(frame.subarray(4, 4 + headLength))) as { v: unknown; b: unknown };
  const lengths = Array.isArray(envelope.b) ? envelope.b : [];
  if (lengths.length === 0) return envelope.v;
  const blobs: Uint8Array[] = [];
  let at = 4 + headLength;
  for (const n of lengths) {
    if (!Number.isInteger(n) || n < 0 || at + (n as number) > frame.byteLength) throw new Error('frame truncated');
    blobs.push(frame.slice(at, at + (n as number)));
    at += n as number;
  }
  return restore(envelope.v, blobs);
}

function restore(v: unknown, blobs: Uint8Array[]): unknown {
  if (Array.isArray(v)) return v.map((x) => restore(x, blobs));
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && keys[0] === TAG && typeof o[TAG] === 'number') {
      const blob = blobs[o[TAG] as number];
      if (!blob) throw new Error('frame refers to missing bytes');
      return blob;
    }
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = restore(o[k], blobs);
    return out;
  }
  return v;
}
