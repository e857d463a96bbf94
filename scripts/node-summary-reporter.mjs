/**
 * A node:test reporter that counts passed and failed tests into a JSON file,
 * so `.ci/run` can add the Node tests (the receiver) to its closing line.
 */
export default async function* nodeSummary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, browsers: ['Node'] };
  for await (const event of source) {
    // Suites report too; count only tests (leaf nodes have no nested children).
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') {
      if (event.data.skip || event.data.todo) totals.skipped += 1;
      else totals.passed += 1;
    }
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') totals.failed += 1;
  }
  yield JSON.stringify(totals);
}
