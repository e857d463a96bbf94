/**
 * `npm test`: the browser tests, then the Node tests (the receiver, the
 * package) — both always run, so one failing suite never hides the other's
 * results; the exit code is non-zero if either failed.
 */
import { spawnSync } from 'node:child_process';

const run = (args) => spawnSync('npm', args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
const browser = run(['exec', '--', 'web-test-runner', '--coverage']);
const node = run(['run', 'test:node']);
process.exit(browser || node);
