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
  /** True when the codes do not come from the decree's own text (the bundled 211/2025 list): every report says so. */
  provisional?: boolean;
  /** Which legal regime's rules and sanctions apply (the key in legal-basis.csv); defaults to the id. */
  regime?: string;
  /** Bundled with the app, or imported by the user; an imported list wins for the days it covers. */
  origin?: 'bundled' | 'imported';
  entries: ControlledEntry[];
}

export interface ControlledMatch {
  list: ControlledListVersion;
  entry: ControlledEntry;
}
