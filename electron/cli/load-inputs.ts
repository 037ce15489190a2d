import type { InputError, Result, Role } from '../../shared/domain/types.ts';
import type { IncomingDocument } from '../archive/types.ts';

export interface InputFile {
  role: Role;
  /** Path as the user typed it. */
  path: string;
}

/** Reads every input file from disk and parses it; the first unusable one ends it with an InputError. */
export function loadInputs(files: InputFile[]): Result<IncomingDocument[], InputError> {
  void files;
  throw new Error('not implemented yet');
}
