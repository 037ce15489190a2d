// The audit trail's sentences, the typed ETA and the findings list's keyboard, rendered against a fake window.dossier.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../renderer/src/App.tsx';
import { useStore } from '../../renderer/src/store/index.ts';
import type { AuditView, FindingView, ShipmentView } from '../../shared/ipc/contract.ts';
import type { Lang } from '../../shared/domain/types.ts';
import { fakeDossier, ok } from './fake-dossier.ts';

const finding = (id: number, severity: FindingView['severity'], model: string, code: string): FindingView =>
  ({ id, code, severity, model, message: `${code} on ${model}`, refs: [] });

const FINDINGS = [
  finding(11, 'error', 'SG-100F', 'QUANTITY_MISMATCH'), finding(12, 'error', 'SG-60F', 'LINE_AMOUNT_MISMATCH'),
  finding(13, 'warning', 'SG-60F', 'ORIGIN_MISMATCH'), finding(14, 'info', 'HSM-K7', 'CONTROLLED_HS_CODE'),
];

const FOLDER: ShipmentView = {
  ref: 'HPH-2026-0117', direction: 'import', eta: '2026-11-28', createdAt: '2026-11-20T09:00:00', status: 'open',
  errors: 2, warnings: 1, infos: 1, checkDate: '2026-11-20', summary: { errors: 2, warnings: 1, infos: 1 },
  documents: [{ role: 'invoice', name: 'invoice.xlsx' } as unknown as ShipmentView['documents'][number]], files: [], findings: FINDINGS,
};

const AUDIT: AuditView[] = [
  { seq: 3, at: '2026-11-20T09:00:00', action: 'shipment.created', ref: FOLDER.ref, detail: '{"direction":"import","eta":"2026-11-28"}' },
  { seq: 4, at: '2026-11-20T09:01:00', action: 'document.added', ref: FOLDER.ref,
    detail: '{"name":"invoice.xlsx","replaced":null,"role":"invoice","sha256":"ab12"}' },
  { seq: 5, at: '2026-11-20T09:01:00', action: 'findings.replaced', ref: FOLDER.ref,
    detail: '{"checkDate":"2026-11-20","controlledListId":null,"summary":{"errors":3,"infos":0,"warnings":5}}' },
  { seq: 6, at: '2026-11-20T09:02:00', action: 'finding.acknowledged', ref: FOLDER.ref,
    detail: '{"by":"an","code":"QUANTITY_MISMATCH","model":"SG-100F","note":"Hai chiếc gửi sau."}' },
];

function openFolder(lang: Lang, tab: 'check' | 'history') {
  useStore.setState({ lang, screen: 'folder', folder: FOLDER, tab });
}

beforeEach(() => useStore.setState(useStore.getInitialState(), true));
afterEach(cleanup);

describe('audit trail', () => {
  it.each([
    ['vi', ['Thư mục nhập khẩu, ETA 28/11/2026', 'Hóa đơn thương mại: invoice.xlsx', 'Đối chiếu lại, ngày đối chiếu 20/11/2026: 3 lỗi, 5 cảnh báo',
      'QUANTITY_MISMATCH của SG-100F, an chấp nhận: “Hai chiếc gửi sau.”']],
    ['en', ['Import folder, ETA 28 Nov 2026', 'Invoice: invoice.xlsx', 'Re-checked as of 20 Nov 2026: 3 errors, 5 warnings',
      'QUANTITY_MISMATCH on SG-100F, by an: “Hai chiếc gửi sau.”']],
  ] as const)('reads each entry as a sentence in %s', async (lang, sentences) => {
    fakeDossier({ getAudit: ok(AUDIT), getSettings: ok({ lang, recentArchives: [] }) });
    openFolder(lang, 'history');
    render(<App />);
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row').map((r) => r.lastElementChild!.textContent)).toEqual(sentences);
    expect(table.textContent).not.toMatch(/[{}"]/);
  });
});

describe('ETA typed day first', () => {
  function shipmentsScreen(lang: Lang) {
    const api = fakeDossier({
      getSettings: ok({ lang, recentArchives: [] }),
      listShipments: ok({ total: 0, shipments: [] }),
      createShipment: ok({}),
      getShipment: ok(FOLDER),
    });
    useStore.setState({ lang, screen: 'shipments' });
    render(<App />);
    const form = screen.getByRole('form');
    const eta = () => within(form).getByRole('textbox', { name: lang === 'vi' ? 'Ngày hàng đến (ETA)' : 'ETA' }) as HTMLInputElement;
    return { api, form, eta: eta(), etaByName: eta };
  }

  it('is a text field showing the format in the chosen language, not a locale-dependent date picker', () => {
    const { eta } = shipmentsScreen('vi');
    expect(eta.type).toBe('text');
    expect(eta.placeholder).toBe('ngày/tháng/năm');
    act(() => useStore.setState({ lang: 'en' }));
    expect(eta.placeholder).toBe('dd/mm/yyyy');
  });

  it('sends the day written dd/mm/yyyy as ISO, after spelling it back', async () => {
    const { api, form, eta } = shipmentsScreen('vi');
    fireEvent.change(within(form).getByLabelText('Số tham chiếu'), { target: { value: 'HPH-2026-0117' } });
    fireEvent.change(eta, { target: { value: '03/04/2026' } });
    expect(form.textContent).toContain('Thứ Sáu, 3 tháng 4, 2026');
    fireEvent.submit(form);
    await screen.findByRole('heading', { name: 'HPH-2026-0117' });
    expect(api.createShipment).toHaveBeenCalledWith({ ref: 'HPH-2026-0117', direction: 'import', eta: '2026-04-03' });
  });

  it('explains an impossible day once the field is left, and does not create the folder', () => {
    const { api, form, eta, etaByName } = shipmentsScreen('en');
    fireEvent.change(within(form).getByLabelText('Reference'), { target: { value: 'HPH-2026-0117' } });
    fireEvent.change(eta, { target: { value: '31/02/2026' } });
    expect(eta.getAttribute('aria-invalid')).toBe('false');
    fireEvent.blur(eta);
    expect(eta.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(eta.getAttribute('aria-describedby')!)!.textContent)
      .toBe('31/02/2026 is not a valid date: check the day, month and year.');
    // The explanation describes the field; it does not become part of its name.
    expect(etaByName()).toBe(eta);
    fireEvent.submit(form);
    expect(api.createShipment).not.toHaveBeenCalled();
  });

  it('explains a date in another form on submit, in Vietnamese', () => {
    const { api, form, eta } = shipmentsScreen('vi');
    fireEvent.change(within(form).getByLabelText('Số tham chiếu'), { target: { value: 'HPH-2026-0117' } });
    fireEvent.change(eta, { target: { value: '28/11/26' } });
    fireEvent.submit(form);
    expect(api.createShipment).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(eta);
    expect(form.textContent).toContain('Hãy ghi ngày theo dạng ngày/tháng/năm, ví dụ 28/11/2026.');
  });
});

describe('findings list from the keyboard', () => {
  // jsdom lays nothing out, so the virtual list would see a scroller 0 px high and render no row.
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) { return this.classList.contains('finding-list') ? 600 : 0; },
    });
  });
  afterAll(() => { delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight; });

  function checkTab() {
    const api = fakeDossier({ getSettings: ok({ lang: 'en', recentArchives: [] }), getSources: ok([]) });
    openFolder('en', 'check');
    render(<App />);
    const button = (code: string) => document.querySelector<HTMLButtonElement>(`button.finding[data-code="${code}"]`)!;
    return { api, button };
  }

  it('moves the selection with the arrows, Home and End, skipping headings, and opens each finding', () => {
    const { api, button } = checkTab();
    fireEvent.click(button('QUANTITY_MISMATCH'));
    fireEvent.keyDown(button('QUANTITY_MISMATCH'), { key: 'ArrowDown' });
    expect(api.getSources).toHaveBeenLastCalledWith({ ref: FOLDER.ref, findingId: 12 });
    expect(button('LINE_AMOUNT_MISMATCH').getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(button('LINE_AMOUNT_MISMATCH'));
    expect(screen.getByTestId('finding-message').textContent).toBe('LINE_AMOUNT_MISMATCH on SG-60F');

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(button('ORIGIN_MISMATCH'));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(button('CONTROLLED_HS_CODE'));
    expect(api.getSources).toHaveBeenLastCalledWith({ ref: FOLDER.ref, findingId: 14 });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(button('CONTROLLED_HS_CODE'));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(button('QUANTITY_MISMATCH'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(button('QUANTITY_MISMATCH'));
  });

  it('marks an acknowledged finding in the chosen language', () => {
    fakeDossier({ getSettings: ok({ lang: 'vi', recentArchives: [] }) });
    const acked = { ...FINDINGS[0], acknowledgement: { note: 'ok', by: 'an', at: '2026-11-20T10:00:00' } };
    useStore.setState({ lang: 'vi', screen: 'folder', folder: { ...FOLDER, findings: [acked, ...FINDINGS.slice(1)] }, tab: 'check' });
    render(<App />);
    expect(document.querySelector('.ack-mark')!.getAttribute('aria-label')).toBe('đã chấp nhận');
  });

  it('is one tab stop: the selected finding, or the first before any is selected', () => {
    const { button } = checkTab();
    const stops = () => [...document.querySelectorAll<HTMLButtonElement>('button.finding')].filter((b) => b.tabIndex === 0);
    expect(stops()).toEqual([button('QUANTITY_MISMATCH')]);
    button('QUANTITY_MISMATCH').focus();
    fireEvent.keyDown(button('QUANTITY_MISMATCH'), { key: 'ArrowDown' });
    expect(stops()).toEqual([button('LINE_AMOUNT_MISMATCH')]);
  });
});

describe('NOT_IN_PERMIT without the permit’s lines', () => {
  it.each([
    ['en', { number: '245/2026/GP-BCY', overdrawn: false, cancelled: false }, 'This folder uses permit 245/2026/GP-BCY from the register, with no permit file of its own: its lines are on the Permits screen.'],
    ['vi', { number: '245/2026/GP-BCY', overdrawn: false, cancelled: false }, 'Hồ sơ này dùng giấy phép số 245/2026/GP-BCY trong sổ đăng ký, không có tệp giấy phép riêng: danh mục sản phẩm xem ở màn hình Giấy phép.'],
    ['en', undefined, 'This folder has no permit: there are no permit lines to show.'],
  ] as const)('says why in one sentence (%s)', async (lang, permit, sentence) => {
    const missing = finding(21, 'error', 'ENC-SSD-1T', 'NOT_IN_PERMIT');
    fakeDossier({ getSettings: ok({ lang, recentArchives: [] }), getSources: ok([]), getAudit: ok([]) });
    useStore.setState({ lang, screen: 'folder', folder: { ...FOLDER, findings: [missing], ...(permit ? { permit } : {}) }, tab: 'check', selectedFinding: 21, sources: [] });
    render(<App />);
    expect((await screen.findByTestId('no-permit-lines')).textContent).toBe(sentence);
  });
});
