// The renderer against a fake window.dossier: it reaches the main process only through the contract's methods.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../renderer/src/App.tsx';
import { useStore } from '../../renderer/src/store/index.ts';
import { CHANNELS, type DossierApi } from '../../shared/ipc/contract.ts';

function fakeApi(overrides: Partial<Record<keyof DossierApi, (req: any) => Promise<unknown>>> = {}) {
  const api = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async () => ({ ok: true, value: null }))])) as Record<string, ReturnType<typeof vi.fn>>;
  api.getSettings.mockResolvedValue({ ok: true, value: { lang: 'vi', recentArchives: ['/home/an/khach-hang-a.dossier'] } });
  api.setSettings.mockImplementation(async ({ lang }: { lang: string }) => ({ ok: true, value: { lang, recentArchives: [] } }));
  for (const [k, fn] of Object.entries(overrides)) api[k].mockImplementation(fn);
  (window as unknown as { dossier: unknown }).dossier = api;
  return api;
}

beforeEach(() => useStore.setState(useStore.getInitialState(), true));
afterEach(cleanup);

describe('renderer', () => {
  it('starts on the archive picker in the remembered language, with the recent archives', async () => {
    fakeApi();
    render(<App />);
    expect(await screen.findByText('khach-hang-a.dossier')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mở kho hồ sơ của khách hàng');
  });

  it('switches language at once and asks the main process to remember it', async () => {
    const api = fakeApi();
    render(<App />);
    await screen.findByText('khach-hang-a.dossier');
    fireEvent.change(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), { target: { value: 'en' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Open a client archive');
    expect(api.setSettings).toHaveBeenCalledWith({ lang: 'en' });
  });

  it('keeps a language picked before the remembered settings arrive', async () => {
    let deliver: (v: unknown) => void = () => {};
    fakeApi({ getSettings: () => new Promise((resolve) => { deliver = resolve; }) });
    render(<App />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), { target: { value: 'en' } });
    deliver({ ok: true, value: { lang: 'vi', recentArchives: ['/home/an/khach-hang-a.dossier'] } });
    expect(await screen.findByText('khach-hang-a.dossier')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Open a client archive');
  });

  it('shows an error value in the chosen language', async () => {
    fakeApi({
      pickArchiveToOpen: async () => ({ ok: false, error: { code: 'NOT_AN_ARCHIVE', message: 'That file is not an archive.', messageVi: 'Tệp này không phải là kho hồ sơ.' } }),
    });
    render(<App />);
    await screen.findByText('khach-hang-a.dossier');
    fireEvent.click(screen.getByRole('button', { name: 'Mở kho hồ sơ…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Tệp này không phải là kho hồ sơ.');
  });
});
