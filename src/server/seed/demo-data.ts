/** Inserts synthetic register data (companies, worksites, persons, links) from the demo generator. */
import type { Db } from '../platform/db/client.ts';

export interface DemoDataOptions {
  seed: number;
  companies: number;
}

/** Returns the number of companies inserted. */
export async function seedDemoData(_db: Db, _options: DemoDataOptions): Promise<number> {
  // Wired to modules/demo-data once the generator lands (see the next commit).
  return 0;
}
