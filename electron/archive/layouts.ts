// Remembered import mappings, one JSON value per supplier layout key.
import { sql, type Db } from './sql.ts';

export function getLayout(db: Db, key: string): unknown | undefined {
  const json = sql(db, 'SELECT json FROM layouts WHERE key = ?').pluck().get(key) as string | undefined;
  return json === undefined ? undefined : JSON.parse(json);
}

export function putLayout(db: Db, key: string, layout: unknown, at: string): void {
  sql(db, 'INSERT INTO layouts (key, json, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at')
    .run(key, JSON.stringify(layout), at);
}
