/** What every route module receives: the database and the configuration. No globals. */
import type { Config } from './config.ts';
import type { Database, Db } from './platform/db/client.ts';

export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
}
