// A fake window.dossier for renderer tests: every channel answers ok/null unless a test says otherwise.
import { vi } from 'vitest';
import { CHANNELS, type DossierApi } from '../../shared/ipc/contract.ts';

type Answer = (req: any) => Promise<unknown>;

export function fakeDossier(answers: Partial<Record<keyof DossierApi, Answer>> = {}) {
  const api = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async () => ({ ok: true, value: null }))])) as Record<keyof DossierApi, ReturnType<typeof vi.fn>>;
  for (const [k, fn] of Object.entries(answers)) api[k as keyof DossierApi].mockImplementation(fn);
  (window as unknown as { dossier: unknown }).dossier = api;
  return api;
}

export const ok = (value: unknown) => async () => ({ ok: true, value });
