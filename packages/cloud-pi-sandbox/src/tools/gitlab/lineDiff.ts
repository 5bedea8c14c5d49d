/** Number of lines of some content. */
export function lineCount(content: Buffer): number {
  const text = content.toString('utf8');
  return text.length === 0 ? 0 : text.replace(/\n$/, '').split('\n').length;
}

/**
 * Added and removed lines: the common head and tail are skipped (cheap on a
 * large file with one changed region), the rest is compared as multisets.
 */
export function lineDiff(
  before: Buffer | undefined,
  after: Buffer,
): { additions: number; deletions: number } {
  if (!before || before.length === 0)
    return { additions: lineCount(after), deletions: 0 };
  const limit = Math.min(before.length, after.length);
  let head = 0;
  while (head < limit && before[head] === after[head]) head++;
  head = before.lastIndexOf(10, head - 1) + 1;
  let tail = 0;
  while (
    tail < limit - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  let tailStart = before.length - tail;
  if (tailStart > 0 && before[tailStart - 1] !== 10) {
    const next = before.indexOf(10, tailStart);
    tailStart = next < 0 ? before.length : next + 1;
  }
  tail = before.length - tailStart;
  const split = (b: Buffer) =>
    b.length ? b.toString('utf8').replace(/\n$/, '').split('\n') : [];
  const remaining = new Map<string, number>();
  for (const line of split(before.subarray(head, before.length - tail))) {
    remaining.set(line, (remaining.get(line) ?? 0) + 1);
  }
  let additions = 0;
  for (const line of split(after.subarray(head, after.length - tail))) {
    const count = remaining.get(line) ?? 0;
    if (count > 0) remaining.set(line, count - 1);
    else additions++;
  }
  const deletions = [...remaining.values()].reduce((a, b) => a + b, 0);
  return { additions, deletions };
}
