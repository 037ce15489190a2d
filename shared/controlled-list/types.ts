// A controlled list of civil cryptographic products (Appendix II of Decree 58/2016, or a newer one).

/** How far an entry reaches, by the decree's rule: 4 digits = the heading, 6 = the subheading, 8 = the code. */
export type EntryLevel = 4 | 6 | 8;

export interface ControlledEntry {
  /** Digits only: 4, 6 or 8 of them. */
  hsCode: string;
  level: EntryLevel;
  name: string;
  cryptoFunction: string;
}

export interface ControlledListVersion {
  /** Stable identifier, e.g. "58/2016/NĐ-CP App. II". */
  id: string;
  /** The legal instrument the list belongs to. */
  legalBasis: string;
  /** First day in force, YYYY-MM-DD. */
  effectiveFrom: string;
  /** Last day in force, YYYY-MM-DD; absent while no later list replaces it. */
  effectiveUntil?: string;
  /** Where the rows came from (file name, provenance note). */
  source: string;
  entries: ControlledEntry[];
}

export interface ControlledMatch {
  list: ControlledListVersion;
  entry: ControlledEntry;
}
