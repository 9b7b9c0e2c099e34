/** Helpers for the register's tests (not used by the server). */
import { formatBusinessId } from '../demo-data/business-id.ts';

let serial = 3_100_000;

/** A fresh valid business ID on every call (unique within one test file's database). */
export function nextBusinessId(): string {
  for (;;) {
    const id = formatBusinessId(serial++);
    if (id) return id;
  }
}
