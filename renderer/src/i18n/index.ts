import type { Lang } from '../../../shared/domain/types.ts';
import { en, type Dict } from './en.ts';
import { vi } from './vi.ts';
import { useStore } from '../store/index.ts';

export const DICTS: Record<Lang, Dict> = { en, vi };

export function useT(): Dict {
  return DICTS[useStore((s) => s.lang)];
}

export type { Dict };
