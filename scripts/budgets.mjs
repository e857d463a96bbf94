/**
 * `npm run budgets` (CI, after the build): the size budgets, gzip, in KB.
 * - `target`: what the element's issue asks for.
 * - `ceiling`: what CI enforces today — the size when it was last
 *   measured plus a little room. Where a target is not met yet, the ceiling
 *   stops the gap from growing; lower it whenever the code shrinks, until
 *   it meets the target.
 * Prints every figure; fails when a ceiling is exceeded.
 */
import { readFileSync } from 'node:fs';
import { ALL, ELEMENTS } from './entries.mjs';
import { kb, ownCodeMeter, sizes } from './sizes.mjs';

const source = (tag) => ELEMENTS.find((element) => element.tag === tag).source;
const BUDGETS = [
  { name: `dist/cdn/${ALL.cdn}.js, Lit included`, file: `dist/cdn/${ALL.cdn}.js`, target: 25, ceiling: 49.15 },
  { name: 'ccv-consent-video, Lit excluded', sources: [source('ccv-consent-video')], target: 5, ceiling: 12.47 },
  { name: 'ccv-session-list, Lit excluded', sources: [source('ccv-session-list')], ceiling: 26.61 },
  { name: 'ccv-casus-form, Lit excluded', sources: [source('ccv-casus-form')], target: 6, ceiling: 16.89 },
  { name: 'ccv-contact-card, Lit excluded', sources: [source('ccv-contact-card')], target: 2, ceiling: 7.79 },
  { name: 'ccv-config, Lit excluded', sources: [source('ccv-config')], ceiling: 1.30 },
];

const meter = ownCodeMeter();
let over = 0;
try {
  console.log(`${'budget (gzip)'.padEnd(40)} ${'size'.padStart(10)} ${'ceiling'.padStart(10)} ${'target'.padStart(10)}`);
  for (const budget of BUDGETS) {
    const { gzip } = budget.file ? sizes(readFileSync(budget.file)) : await meter.measure(budget.sources);
    const ceiling = budget.ceiling * 1024;
    const target = budget.target === undefined ? undefined : budget.target * 1024;
    let verdict = gzip > ceiling ? `OVER THE CEILING by ${kb(gzip - ceiling)}` : 'within the ceiling';
    if (target !== undefined) verdict += gzip > target ? `; ${kb(gzip - target)} above the target` : '; target met';
    if (gzip > ceiling) over += 1;
    console.log(
      `${budget.name.padEnd(40)} ${kb(gzip).padStart(10)} ${kb(ceiling).padStart(10)} ${(target === undefined ? '-' : kb(target)).padStart(10)}  ${verdict}`,
    );
  }
} finally {
  meter.done();
}
if (over) {
  console.error(`${over} size budget(s) exceeded: see scripts/budgets.mjs.`);
  process.exitCode = 1;
}
// The README's table tells partners the same ceilings: a raised one must be raised there too.
const readme = readFileSync('README.md', 'utf8');
const untold = BUDGETS.filter((budget) => !readme.includes(` | ${budget.ceiling.toFixed(2)} KB |`));
if (untold.length) {
  console.error(`The README's size table does not give these ceilings: ${untold.map((budget) => `${budget.name} ${budget.ceiling.toFixed(2)} KB`).join('; ')}.`);
  process.exitCode = 1;
}
