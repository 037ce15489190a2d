// Malformed messages through the same dispatch Electron and the bridge use: each gets an error value, none
// throws, and the archive is left exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract.ts';
import type { IpcResult } from '../../shared/ipc/result.ts';
import { DEMO, demoBytes, harness } from './support.ts';

const REF = 'HPH-2026-0117';
const h = harness();
let before: unknown;

const snapshot = async () => ({
  list: await h.dispatch('listShipments', { offset: 0, limit: 50 }),
  shipment: await h.dispatch('getShipment', { ref: REF, lang: 'en' }),
  audit: (h.archive().audit()).length,
});

beforeAll(async () => {
  expect(await h.open()).toMatchObject({ ok: true });
  expect(await h.dispatch('createShipment', { ref: REF, direction: 'import' })).toMatchObject({ ok: true });
  for (const [role, file] of DEMO) {
    expect(await h.dispatch('importDocument', { ref: REF, role, file, bytes: demoBytes(file), remember: false })).toMatchObject({ ok: true });
  }
  before = await snapshot();
});

afterAll(() => h.dispose());

const huge = 'x'.repeat(5_000_000);

const MALFORMED: [string, unknown, unknown][] = [
  ['unknown channel', 'dropDatabase', {}],
  ['prototype key as channel', '__proto__', {}],
  ['inherited name as channel', 'toString', {}],
  ['channel not a string', 42, {}],
  ['channel null', null, {}],
  ['payload a string', 'getShipment', 'HPH-2026-0117'],
  ['payload an array', 'getShipment', [REF]],
  ['payload null for a request with fields', 'createShipment', null],
  ['ref a number', 'getShipment', { ref: 42, lang: 'en' }],
  ['language missing', 'getShipment', { ref: REF }],
  ['ref empty', 'createShipment', { ref: '   ', direction: 'import' }],
  ['ref with a control character', 'createShipment', { ref: 'A\u0000B', direction: 'import' }],
  ['ref a huge string', 'createShipment', { ref: huge, direction: 'import' }],
  ['direction unknown', 'createShipment', { ref: 'NEW-1', direction: 'sideways' }],
  ['eta not a date', 'createShipment', { ref: 'NEW-1', direction: 'import', eta: 'tomorrow' }],
  ['extra key', 'createShipment', { ref: 'NEW-1', direction: 'import', sql: 'DROP TABLE shipments' }],
  ['finding id a string', 'acknowledgeFinding', { ref: REF, findingId: '1', note: 'x', lang: 'en' }],
  ['finding id negative', 'acknowledgeFinding', { ref: REF, findingId: -1, note: 'x', lang: 'en' }],
  ['finding id fractional', 'acknowledgeFinding', { ref: REF, findingId: 1.5, note: 'x', lang: 'en' }],
  ['note blank', 'acknowledgeFinding', { ref: REF, findingId: 1, note: '   ', lang: 'en' }],
  ['note a huge string', 'acknowledgeFinding', { ref: REF, findingId: 1, note: huge, lang: 'en' }],
  ['finding that does not exist', 'acknowledgeFinding', { ref: REF, findingId: 999_999, note: 'x', lang: 'en' }],
  ['shipment that does not exist', 'getShipment', { ref: 'NOPE', lang: 'vi' }],
  ['bytes a string', 'importDocument', { ref: REF, role: 'invoice', file: 'i.xlsx', bytes: 'UEsDBA==', remember: false }],
  ['bytes an array of numbers', 'importDocument', { ref: REF, role: 'invoice', file: 'i.xlsx', bytes: [80, 75, 3, 4], remember: false }],
  ['bytes too many', 'importDocument', { ref: REF, role: 'invoice', file: 'i.xlsx', bytes: new Uint8Array(MAX_FILE_BYTES + 1), remember: false }],
  ['bytes not a spreadsheet', 'importDocument', { ref: REF, role: 'invoice', file: 'i.xlsx', bytes: new Uint8Array([0, 1, 2, 3, 0, 0]), remember: false }],
  ['role unknown', 'importDocument', { ref: REF, role: 'bill_of_lading', file: 'b.xlsx', bytes: demoBytes('invoice.xlsx'), remember: false }],
  ['override column not a letter', 'previewDocument', { role: 'invoice', file: 'i.xlsx', bytes: demoBytes('invoice.xlsx'), override: { columns: { model: '1' } } }],
  ['override field unknown', 'previewDocument', { role: 'invoice', file: 'i.xlsx', bytes: demoBytes('invoice.xlsx'), override: { columns: { price: 'A' } } }],
  ['page too large', 'listShipments', { offset: 0, limit: 1_000_000 }],
  ['search a huge string', 'listShipments', { query: huge, offset: 0, limit: 10 }],
  ['path a huge string', 'openArchive', { path: huge, create: true }],
  ['language unknown', 'setSettings', { lang: 'fr' }],
  ['version id a string', 'getDocumentVersion', { ref: REF, versionId: '1' }],
  ['version id zero', 'getDocumentVersion', { ref: REF, versionId: 0 }],
  ['version that does not exist', 'getDocumentVersion', { ref: REF, versionId: 999_999 }],
  ['edited note blank', 'editAcknowledgement', { ref: REF, findingId: 1, note: '  ', lang: 'en' }],
  ['edited note a huge string', 'editAcknowledgement', { ref: REF, findingId: 1, note: huge, lang: 'en' }],
  ['editing a finding not acknowledged', 'editAcknowledgement', { ref: REF, findingId: 1, note: 'x', lang: 'en' }],
  ['withdrawing with an extra key', 'withdrawAcknowledgement', { ref: REF, findingId: 1, lang: 'en', by: 'someone else' }],
  ['withdrawing a finding not acknowledged', 'withdrawAcknowledgement', { ref: REF, findingId: 1, lang: 'en' }],
  ['group ids empty', 'acknowledgeFindings', { ref: REF, findingIds: [], note: 'x', lang: 'en' }],
  ['group ids not numbers', 'acknowledgeFindings', { ref: REF, findingIds: ['1'], note: 'x', lang: 'en' }],
  ['group ids a huge list', 'acknowledgeFindings', { ref: REF, findingIds: Array.from({ length: 20_000 }, (_, i) => i + 1), note: 'x', lang: 'en' }],
  ['group with a finding that does not exist', 'acknowledgeFindings', { ref: REF, findingIds: [1, 999_999], note: 'x', lang: 'en' }],
];

describe('malformed IPC messages', () => {
  it.each(MALFORMED)('%s → an error value', async (_name, channel, payload) => {
    const reply = (await h.dispatch(channel, payload)) as IpcResult<unknown>;
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.message.length).toBeGreaterThan(5);
      expect(reply.error.message.length).toBeLessThan(600);
      expect(reply.error.messageVi.length).toBeGreaterThan(5);
    }
  });

  it('leaves the archive intact and unchanged', async () => {
    expect(h.archive().verify()).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('the valid messages around them still work', async () => {
    const shipment = await h.dispatch('getShipment', { ref: REF, lang: 'en' });
    expect(shipment).toMatchObject({ ok: true, value: { ref: REF, documents: expect.any(Array) } });
  });
});
