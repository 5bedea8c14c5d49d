import { blobOf } from './gitBlob';
import { GitRepository } from './gitRepository';

describe('GitRepository', () => {
  const author = { name: 'Test', email: 'test@example.fr' };
  const clock = () => new Date('2026-11-28T09:00:00Z');

  it('uses real Git blob ids', () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(blobOf(Buffer.from('hello\n')).id).toBe(
      'ce013625030ba8dba906f756967f9e9ca394464a',
    );
  });

  it('reads every version of a large file rewritten many times (delta-encoded history)', () => {
    const repo = new GitRepository(clock, 'main');
    const lines = Array.from(
      { length: 400 },
      (_, i) => `project-${i}: { tenant: hprod-${i} }`,
    );
    const versions: Array<{ id: string; content: string }> = [];
    for (let v = 0; v < 40; v++) {
      lines[
        (v * 37) % lines.length
      ] = `project-${v}: { tenant: prod-${v}, revision: ${v} }`;
      const content = `${lines.join('\n')}\n`;
      const commit = repo.commit({
        branch: 'main',
        message: `v${v}`,
        author,
        actions: [
          {
            action: v === 0 ? 'create' : 'update',
            filePath: 'helm/values.yaml',
            content: Buffer.from(content),
          },
        ],
      });
      versions.push({ id: commit.id, content });
    }
    for (const { id, content } of versions) {
      expect(repo.treeAt(id).get('helm/values.yaml')!.content.toString()).toBe(
        content,
      );
    }
    expect(repo.history(versions.at(-1)!.id)).toHaveLength(40);
  });

  it('counts added and deleted lines like git', () => {
    const repo = new GitRepository(clock, 'main');
    repo.commit({
      branch: 'main',
      message: 'a',
      author,
      actions: [
        { action: 'create', filePath: 'f', content: Buffer.from('a\nb\nc\n') },
      ],
    });
    const commit = repo.commit({
      branch: 'main',
      message: 'b',
      author,
      actions: [
        {
          action: 'update',
          filePath: 'f',
          content: Buffer.from('a\nB\nc\nd\n'),
        },
      ],
    });
    expect(commit.stats).toEqual({ additions: 2, deletions: 1, total: 3 });
  });

  it('keeps branches independent', () => {
    const repo = new GitRepository(clock, 'main');
    repo.commit({
      branch: 'main',
      message: 'a',
      author,
      actions: [{ action: 'create', filePath: 'f', content: Buffer.from('1') }],
    });
    repo.createBranch('feature', 'main');
    repo.commit({
      branch: 'feature',
      message: 'b',
      author,
      actions: [{ action: 'update', filePath: 'f', content: Buffer.from('2') }],
    });
    expect(
      repo.treeAt(repo.branchHead('main')!.id).get('f')!.content.toString(),
    ).toBe('1');
    expect(
      repo.treeAt(repo.branchHead('feature')!.id).get('f')!.content.toString(),
    ).toBe('2');
  });

  it.each(['feat..x', 'has space', 'HEAD', '-x', 'a.lock', 'x'.repeat(300)])(
    'refuses to create the branch %j, as GitLab does',
    name => {
      const repo = new GitRepository(clock, 'main');
      repo.commit({
        branch: 'main',
        message: 'a',
        author,
        actions: [
          { action: 'create', filePath: 'f', content: Buffer.from('1') },
        ],
      });
      expect(() => repo.createBranch(name, 'main')).toThrow(
        'Branch name is invalid',
      );
      expect(() =>
        repo.commit({
          branch: name,
          startBranch: 'main',
          message: 'b',
          author,
          actions: [
            { action: 'update', filePath: 'f', content: Buffer.from('2') },
          ],
        }),
      ).toThrow('Branch name is invalid');
      expect(repo.branchNames()).toEqual(['main']);
    },
  );
});
