// `npm start`: builds the two web apps when their sources are newer than the build, then runs the
// server in this same process tree (one process to stop). Plain JS so it runs before anything else.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function newestMtime(entries) {
  let newest = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) walk(path.join(p, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const e of entries) walk(path.join(root, e));
  return newest;
}

const builds = [
  {
    name: 'officials’ web app',
    config: 'vite.config.ts',
    out: 'dist/web/index.html',
    sources: ['src/web', 'src/contracts', 'vite.config.ts'],
  },
  {
    name: 'worker app',
    config: 'vite.worker.config.ts',
    out: 'dist/help/index.html',
    sources: ['src/worker-app', 'vite.worker.config.ts'],
  },
];

for (const b of builds) {
  if (!fs.existsSync(path.join(root, b.config))) continue;
  const out = path.join(root, b.out);
  const built = fs.existsSync(out) ? fs.statSync(out).mtimeMs : 0;
  if (built >= newestMtime(b.sources)) continue;
  console.log(`Building the ${b.name}…`);
  const res = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', b.config, '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (res.status !== 0) process.exit(res.status ?? 1);
}

const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/main.ts')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
