// The day the app checks shipments for. Normally today; DOSSIER_CHECK_DATE=YYYY-MM-DD pins it, so an archivist
// can re-check a folder as of a past day and the e2e suite sees the demo's planted findings on any day.
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A clock for the handlers, or an error sentence when the pinned day is not a real YYYY-MM-DD date. */
export function checkClock(pinned: string | undefined): { clock: () => Date } | { error: string } {
  if (!pinned) return { clock: () => new Date() };
  const m = ISO_DAY.exec(pinned.trim());
  // Noon, so the day stays the same in every time zone Vietnam's traders work in.
  const day = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : null;
  if (!day || day.getMonth() !== Number(m![2]) - 1 || day.getDate() !== Number(m![3])) {
    return { error: `DOSSIER_CHECK_DATE must be a date written YYYY-MM-DD, not "${pinned}".` };
  }
  return { clock: () => new Date(day) };
}
