/** api/heavy-gate.ts: at most `size` holders at once, the others served first come first served, none overtaking. */
import { describe, expect, it } from 'vitest';
import { HeavyGate } from '../../api/heavy-gate.ts';

describe('the heavy gate', () => {
  it('lets `size` requests in at once and the rest in arrival order as places are released', async () => {
    const gate = new HeavyGate(2);
    const entered: string[] = [];
    const enter = (name: string) => gate.acquire().then(() => entered.push(name));
    const all = ['a', 'b', 'c', 'd', 'e'].map(enter);
    await new Promise((resolve) => setImmediate(resolve));
    expect(entered).toEqual(['a', 'b']);
    gate.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(entered).toEqual(['a', 'b', 'c']);
    // a newcomer arriving as a place frees does not overtake the one waiting longest
    gate.release();
    void enter('late');
    gate.release();
    gate.release();
    await Promise.all(all);
    await new Promise((resolve) => setImmediate(resolve));
    expect(entered).toEqual(['a', 'b', 'c', 'd', 'e', 'late']);
  });
});
