export async function runForm07Command(_a: string[], _io: import("./io.ts").Io): Promise<number> { return 2; }
