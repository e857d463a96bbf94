/**
 * The browser tests' own set-up, as a developer who runs them again and
 * again sees it: the case receiver they post to stores into a scratch
 * folder, and that folder does not outlive the run.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

describe('web-test-runner.config.mjs', () => {
  it("removes the receiver's scratch folder, with the cases the tests sent, when the run ends", () => {
    // The config read by a process of its own, whose temp folder is one we can look into afterwards.
    const temp = mkdtempSync(join(tmpdir(), 'ccv-wtr-config-'));
    try {
      execFileSync(process.execPath, ['--input-type=module', '-e', "await import('./web-test-runner.config.mjs'); console.log('read')"], {
        env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      assert.deepEqual(readdirSync(temp), []);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
