// A dropped file's bytes. Small files in one call; big ones in slices so the progress bar moves and
// no single step holds the main thread.
const SLICE = 4 * 1024 * 1024;

export async function readWithProgress(file: File, progress: (p: number) => void): Promise<Uint8Array> {
  if (file.size <= SLICE) return new Uint8Array(await file.arrayBuffer());
  const out = new Uint8Array(file.size);
  for (let at = 0; at < file.size; at += SLICE) {
    out.set(new Uint8Array(await file.slice(at, at + SLICE).arrayBuffer()), at);
    progress(Math.min(1, (at + SLICE) / file.size));
  }
  return out;
}
