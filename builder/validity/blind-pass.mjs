// The chance that a learner who reads only the options passes the final test by always picking
// the longest, the shortest or the first displayed option. Computed exactly for the balanced
// draw of src/progress/draw.ts:
//   1. per objective, `minPerObjective` questions uniformly at random from that objective;
//   2. the remaining places uniformly at random from every question not yet drawn.
// Within one objective every question is then equally likely, so given how many questions an
// objective gets (a multivariate hypergeometric count over step 2) the drawn set of that
// objective is a uniform subset of that size, independent of the other objectives. We sum over
// every split of the free places, convolving per objective, and read the pass probability off
// the distribution of the number right. draw.test.ts checks this against the real draw.
import { isKeyed, labelLength } from './items.mjs';

/**
 * Probability that `strategy` picks the right option of one bank question. A tie for longest
 * (or shortest) is broken at random; "first" is the chance that the seeded shuffle puts the key
 * first, 1/options. A question with more than one right option cannot be right with one pick.
 * @param {'longest' | 'shortest' | 'first'} strategy
 */
export function strategyChance(item, strategy) {
  if (!isKeyed(item)) return 0;
  if (strategy === 'first') return 1 / item.options.length;
  const lengths = item.options.map(labelLength);
  const target = strategy === 'longest' ? Math.max(...lengths) : Math.min(...lengths);
  const picked = item.options.filter((_, i) => lengths[i] === target);
  return picked.some((o) => o.correct) ? 1 / picked.length : 0;
}

/** The draw's rules of a course's assessment, as passProbability takes them (undefined without one). */
export const drawRules = (assessment, objectives) =>
  assessment && { draw: assessment.draw, minPerObjective: assessment.minPerObjective, masteryScore: assessment.masteryScore, objectives };

/** The fewest right answers that pass: the player rounds right/draw to a whole percent (scoring.ts). */
export function rightNeeded(draw, masteryScore) {
  for (let right = 0; right <= draw; right++) if (Math.round((right / draw) * 100) >= masteryScore) return right;
  return Infinity;
}

/**
 * @param {{ objective: string, chance: number }[]} bank per question, the chance it is answered right
 * @param {{ draw: number, minPerObjective: number, masteryScore: number, objectives: readonly string[] }} rules
 * @returns {number} the exact probability of passing
 */
export function passProbability(bank, { draw, minPerObjective, masteryScore, objectives }) {
  const groups = objectives.map((objective) => {
    const chances = bank.filter((q) => q.objective === objective).map((q) => q.chance);
    const reserved = Math.min(minPerObjective, chances.length);
    return { chances, reserved, spare: chances.length - reserved };
  });
  const spareTotal = groups.reduce((n, g) => n + g.spare, 0);
  const free = Math.min(spareTotal, Math.max(0, draw - groups.reduce((n, g) => n + g.reserved, 0)));
  const rightCounts = new Array(draw + 1).fill(0);
  const splitTotal = binomial(spareTotal, free);
  for (const split of splits(groups.map((g) => g.spare), free)) {
    const weight = groups.reduce((w, g, i) => w * binomial(g.spare, split[i]), 1) / splitTotal;
    let dist = [1];
    groups.forEach((g, i) => (dist = convolve(dist, subsetRightCounts(g.chances, g.reserved + split[i]))));
    dist.forEach((p, right) => (rightCounts[right] += weight * p));
  }
  const needed = rightNeeded(draw, masteryScore);
  return rightCounts.reduce((sum, p, right) => (right >= needed ? sum + p : sum), 0);
}

/** Distribution of the number right in a uniformly random `size`-subset of questions with these chances. */
export function subsetRightCounts(chances, size) {
  // ways[j][r]: sum over j-subsets of the probability that r of them are right
  let ways = [[1]];
  for (const p of chances) {
    const next = ways.map((row) => [...row]);
    ways.forEach((row, j) => {
      if (j + 1 > size) return;
      const target = (next[j + 1] ??= []);
      row.forEach((w, r) => {
        target[r] = (target[r] ?? 0) + w * (1 - p);
        target[r + 1] = (target[r + 1] ?? 0) + w * p;
      });
    });
    ways = next;
  }
  const row = ways[size] ?? [];
  const total = binomial(chances.length, size);
  return Array.from({ length: size + 1 }, (_, r) => (row[r] ?? 0) / total);
}

function convolve(a, b) {
  const out = new Array(a.length + b.length - 1).fill(0);
  a.forEach((x, i) => b.forEach((y, j) => (out[i + j] += x * y)));
  return out;
}

/** Every way to place `total` items into bins with these capacities. */
function* splits(capacities, total, at = 0) {
  if (at === capacities.length) {
    if (total === 0) yield [];
    return;
  }
  for (let n = 0; n <= Math.min(total, capacities[at]); n++) {
    for (const rest of splits(capacities, total - n, at + 1)) yield [n, ...rest];
  }
}

export function binomial(n, k) {
  if (k < 0 || k > n) return 0;
  let out = 1;
  for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
  return out;
}
