// Migration 004 (plan events, swap days): an archive of the version before gains the tables with its folders
// intact; events and swap days are stored with their audit entries and give the folder's plan dates.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchive, SCHEMA_VERSION } from '../../electron/archive/index.ts';
import { migrate } from '../../electron/archive/migrations/index.ts';
import { migration004 } from '../../electron/archive/migrations/004_plan.ts';
import { controlledRefs, planDates, readPlanEventsByRef } from '../../electron/archive/plan.ts';
import { tempDir } from './helpers.ts';

const at = () => new Date('2026-02-01T08:00:00Z');

describe('migration 004: plan', () => {
  it('adds the plan tables to an archive of the version before, folders intact', () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = openArchive(path, { now: at, create: true });
    old.createShipment('HPH-1', 'import', '2026-03-02');
    old.close();
    const db = new Database(path);
    // Back to the version before 004, as an archive written by the release before would be (the later
    // migrations' tables go too, so that they run again after it).
    db.exec('DROP TABLE plan_events; DROP TABLE swap_days; DROP TABLE declarations; DROP TABLE outages; DROP TABLE settings;');
    db.exec(['permit_texts', 'permit_entries', 'document_versions', 'permit_adjustments', 'permit_draws', 'permit_uses', 'permit_files', 'permit_lines', 'permits'].map((t) => `DROP TABLE IF EXISTS ${t};`).join(' '));
    db.exec('ALTER TABLE findings DROP COLUMN reopened_json;');
    db.pragma(`user_version = ${migration004.version - 1}`);
    db.close();

    const a = openArchive(path, { now: at });
    expect(a.connection.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(a.getShipment('HPH-1').eta).toBe('2026-03-02');
    expect(a.planEvents('HPH-1')).toEqual([]);
    expect(a.swapDays()).toEqual([]);
    expect(a.audit().map((e) => JSON.parse(e.detail))).toContainEqual({ from: migration004.version - 1, to: migration004.version });
    a.close();
  });

  it('refuses a malformed day at the schema level', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare("INSERT INTO shipments (ref, direction, created_at) VALUES ('X', 'import', '2026-01-01')").run();
    expect(() => db.prepare("INSERT INTO plan_events (shipment_id, kind, day, recorded_at) VALUES (1, 'filed', '12/02/2026', 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO plan_events (shipment_id, kind, day, recorded_at) VALUES (1, 'approved', '2026-02-12', 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO swap_days (day, kind, added_at) VALUES ('2026-02-14', 'holiday', 'x')").run()).toThrow(/CHECK/);
  });

  it('keeps plan events and swap days with their audit entries', () => {
    const a = openArchive(join(tempDir(), 'a.sqlite'), { now: at, create: true });
    a.createShipment('HPH-2', 'import', '2026-03-02');
    a.createShipment('HPH-3', 'export', '2026-03-09');
    a.addPlanEvent('HPH-2', 'filed', '2026-02-09');
    a.addPlanEvent('HPH-2', 'returned', '2026-02-12');
    a.addPlanEvent('HPH-2', 'resubmitted', '2026-02-24');
    expect(planDates(a.planEvents('HPH-2'))).toEqual({ filed: '2026-02-09', returned: '2026-02-12', resubmitted: '2026-02-24' });
    // Sent back a second time: awaiting resubmission again.
    a.addPlanEvent('HPH-2', 'returned', '2026-02-26');
    expect(planDates(a.planEvents('HPH-2'))).toEqual({ filed: '2026-02-09', returned: '2026-02-26' });
    expect(() => a.addPlanEvent('HPH-2', 'filed', '2026-02-30')).toThrow(/not a date/);
    expect(() => a.addPlanEvent('NOPE', 'filed', '2026-02-10')).toThrow(/no shipment folder/);
    expect(a.audit('HPH-2').filter((e) => e.action === 'plan.event').map((e) => JSON.parse(e.detail))).toEqual([
      { kind: 'filed', day: '2026-02-09' }, { kind: 'returned', day: '2026-02-12' }, { kind: 'resubmitted', day: '2026-02-24' }, { kind: 'returned', day: '2026-02-26' },
    ]);
    expect([...readPlanEventsByRef(a.connection, ['HPH-2', 'HPH-3']).keys()]).toEqual(['HPH-2']);
    expect(controlledRefs(a.connection, ['HPH-2'])).toEqual(new Set());

    expect(a.setSwapDay('2026-02-21', 'work', 'make-up Saturday')).toEqual([{ day: '2026-02-21', kind: 'work', note: 'make-up Saturday' }]);
    a.setSwapDay('2026-02-13', 'off');
    expect(a.swapDays().map((d) => d.day)).toEqual(['2026-02-13', '2026-02-21']);
    expect(a.setSwapDay('2026-02-13', null)).toHaveLength(1);
    expect(a.audit().filter((e) => e.action === 'calendar.swap_day')).toHaveLength(3);
    expect(a.verify()).toEqual([]);
    a.close();
  });
});
