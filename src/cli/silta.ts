/**
 * The `silta` command line (run with `npm run silta -- <command>`):
 *   audit verify                      check the audit hash chain; exit 1 naming the first broken row
 *   admin create --username U --authority A [--display-name N]
 *                                     create a platform admin; password from SILTA_ADMIN_PASSWORD or stdin
 *   demo seed [--companies N] [--seed S]
 *   retention run [--today YYYY-MM-DD]  delete or anonymise records past their retention date (audited)
 *                                     insert synthetic demo register data (any size, for benchmarks)
 * It uses the same configuration as the server (DATABASE_URL or SILTA_DATA_DIR). On PGlite it cannot
 * run while the server holds the data folder: stop the server first (the lock says so).
 */
import { parseArgs } from 'node:util';
import { openAndMigrate } from '../server/bootstrap.ts';
import { loadConfig } from '../server/config.ts';
import { verifyAuditChain } from '../server/platform/audit/verify.ts';
import { seedDemoData } from '../server/seed/demo-data.ts';
import { createPlatformAdmin } from './create-admin.ts';
import { runRetentionCommand } from './retention.ts';

const USAGE = `Usage:
  silta audit verify
  silta admin create --username <name> --authority <code> [--display-name <name>]
  silta demo seed [--companies <n>] [--seed <n>]
  silta retention run [--today <YYYY-MM-DD>]`;

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      authority: { type: 'string' },
      'display-name': { type: 'string' },
      companies: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
    },
  });
  const command = positionals.join(' ');
  if (!['audit verify', 'admin create', 'demo seed', 'retention run'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const ctx = await openAndMigrate(loadConfig());
  try {
    if (command === 'audit verify') {
      const result = await verifyAuditChain(ctx.db);
      if (result.ok) {
        console.log(`Audit chain intact: ${result.rows} rows, head #${result.headSeq} ${result.headHash}`);
        return 0;
      }
      console.error(
        `Audit chain BROKEN at row #${result.firstBroken?.seq} (${result.firstBroken?.reason}); ` +
          `rows 1–${result.headSeq} are intact.`,
      );
      return 1;
    }
    if (command === 'admin create') {
      if (!values.username || !values.authority) {
        console.error(USAGE);
        return 2;
      }
      const password = process.env.SILTA_ADMIN_PASSWORD ?? (await readStdin());
      const user = await createPlatformAdmin(ctx.db, {
        username: values.username,
        authority: values.authority,
        displayName: values['display-name'] ?? values.username,
        password,
      });
      console.log(`Created platform admin ${user.username} (${user.id}) for authority ${values.authority}.`);
      return 0;
    }
    if (command === 'retention run') return await runRetentionCommand(ctx, values.today);
    const companies = Number(values.companies ?? ctx.config.demoCompanies);
    const seed = Number(values.seed ?? ctx.config.demoSeed);
    const t0 = performance.now();
    const inserted = await seedDemoData(ctx.db, { seed, companies });
    console.log(`Inserted ${inserted} synthetic companies in ${Math.round(performance.now() - t0)} ms.`);
    return 0;
  } finally {
    await ctx.database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
