/** What a restore did to one kind of record. */
export interface RestoreCounts {
  /** New records (in replace mode: every record). */
  added: number;
  /** Records replaced by the backup's newer (or equally new) version. */
  updated: number;
  /** Backup contacts folded into an existing contact with the same email. */
  merged: number;
  /** Records left as they were (the local one is newer, identical, or a setting already set). */
  kept: number;
}

/** What a restore did, per kind. */
export interface RestoreOutcome {
  mode: 'merge' | 'replace';
  cards: RestoreCounts;
  contacts: RestoreCounts;
  events: RestoreCounts;
  settings: RestoreCounts;
}

/** An outcome with every count at zero. */
export function makeRestoreOutcome(mode: RestoreOutcome['mode']): RestoreOutcome {
  const zero = (): RestoreCounts => ({ added: 0, updated: 0, merged: 0, kept: 0 });
  return { mode, cards: zero(), contacts: zero(), events: zero(), settings: zero() };
}
