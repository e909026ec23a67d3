/**
 * `npm run eval:search --set unseen` is judged on acts kept outside the repository: without them it must refuse at
 * once, before importing anything, rather than score a set none of whose queries can be scored.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../run-script.ts';

describe('npm run eval:search', () => {
  it('refuses the unseen set without --acts or ZANGRAPH_HELDOUT_ACTS, with exit status 2 and one line saying what to give', async () => {
    const { code, stdout, stderr } = await runScript('eval-search', ['--set', 'unseen']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/^imported /m);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/unseen set .*--acts <dir> or ZANGRAPH_HELDOUT_ACTS/);
  });

  it('refuses an unknown query set, naming the known ones', async () => {
    const { code, stderr } = await runScript('eval-search', ['--set', 'nosuch']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /unknown query set 'nosuch' \(known: analyst, original, unseen, unseen-2, unseen-3, unseen-4, unseen-5, unseen-6, dev\)/,
    );
  });
});
