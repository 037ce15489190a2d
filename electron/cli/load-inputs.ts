// Files named on the command line → parsed documents, or the first reason one cannot be used.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { InputError, Result, Role } from '../../shared/domain/types.ts';
import { fail, ok } from '../../shared/domain/types.ts';
import { readDocumentBounded } from './bounded-read.ts';
import { LIMITS, megabytes, megabytesVi } from '../../shared/import/limits.ts';
import type { IncomingDocument } from '../archive/types.ts';

export interface InputFile {
  role: Role;
  /** Path as the user typed it. */
  path: string;
}

export function readInputBytes(path: string): Result<Uint8Array, InputError> {
  const file = basename(path);
  try {
    const st = statSync(path);
    if (st.isDirectory()) {
      return fail({ file, message: `${path} is a folder, not a spreadsheet file.`, messageVi: `${path} là thư mục, không phải tệp bảng tính.` });
    }
    // Refused before a byte is read into memory (the reader says the same of bytes handed to it).
    if (st.size > LIMITS.fileBytes) {
      return fail({ file, message: `${file} is refused: the file is ${megabytes(st.size)}, more than the limit of ${megabytes(LIMITS.fileBytes)} for one document; ask the sender for the real file.`,
        messageVi: `${file} bị từ chối: tệp nặng ${megabytesVi(st.size)}, vượt giới hạn ${megabytesVi(LIMITS.fileBytes)} cho một tài liệu; hãy xin người gửi tệp đúng.` });
    }
    return ok(new Uint8Array(readFileSync(path)));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return fail({ file, message: `${path} not found: check the file name and folder.`, messageVi: `Không tìm thấy ${path}: hãy kiểm tra tên tệp và thư mục.` });
    }
    return fail({ file, message: `${path} cannot be read (${code ?? 'error'}): check that you may open it.`, messageVi: `Không đọc được ${path} (${code ?? 'lỗi'}): hãy kiểm tra quyền mở tệp.` });
  }
}

/** Reads every input file from disk and parses it; the first unusable one ends it with an InputError. */
export async function loadInputs(files: InputFile[]): Promise<Result<IncomingDocument[], InputError>> {
  const docs: IncomingDocument[] = [];
  for (const f of files) {
    const bytes = readInputBytes(f.path);
    if (!bytes.ok) return bytes;
    const parsed = await readDocumentBounded({ role: f.role, file: basename(f.path), bytes: bytes.value });
    if (!parsed.ok) return parsed;
    docs.push({ role: f.role, name: basename(f.path), bytes: bytes.value, parsed: parsed.value });
  }
  return ok(docs);
}
