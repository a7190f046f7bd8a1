import { parseFrameworkDefinition } from '../../../src/model';
import type { Framework } from '../../../src/model';
import { AppError } from '../../../src/services/errors';
import type { DamagedVersion, FrameworkStore, FrameworkSummary, MoveProgress, PublishInput, UsableFramework } from '../../../src/services/frameworks';
import { InvalidFrameworkError } from '../../../src/data/toolkit/errors';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A published version as the fake keeps it. */
interface FakeVersion {
  framework: Framework;
  note: string;
  publishedBy: string;
  published: string;
}

/**
 * An in-memory framework store with the real one's rules: versions are
 * numbered per framework and never repeat (a stale "based on" is a conflict),
 * drafts are validated with the model's parser, retired frameworks stay listed.
 */
export class FakeFrameworkStore implements FrameworkStore {
  public readonly versions: FakeVersion[] = [];
  public readonly retired = new Set<string>();
  public damaged: DamagedVersion[] = [];
  public publishCalls: PublishInput[] = [];

  /** Applies a move to the fake's mapping records (given by FakeServices). */
  private readonly mover: (mappingId: number, framework: Framework) => void;

  public constructor(initial: Framework, mover: (mappingId: number, framework: Framework) => void = () => undefined) {
    this.mover = mover;
    this.versions.push({ framework: clone(initial), note: '', publishedBy: 'Olivia Owen', published: '2026-01-05T10:00:00Z' });
  }

  public async getCurrent(): Promise<Framework> {
    return (await this.getNewestValid(this.versions[0].framework.id)).framework;
  }

  public async listFrameworks(): Promise<FrameworkSummary[]> {
    const ids = [...new Set(this.versions.map((v) => v.framework.id))];
    return ids.map((id) => {
      const mine = this.versions.filter((v) => v.framework.id === id).sort((a, b) => b.framework.version - a.framework.version);
      const newest = mine[0].framework;
      return {
        id,
        title: newest.title,
        role: newest.role,
        band: newest.band,
        retired: this.retired.has(id),
        versions: mine.map((v, index) => ({ version: v.framework.version, itemId: index + 1, note: v.note, publishedBy: v.publishedBy, published: v.published })),
        latestVersion: newest.version
      };
    });
  }

  public async getNewestValid(frameworkId: string): Promise<UsableFramework> {
    const mine = this.versions.filter((v) => v.framework.id === frameworkId).sort((a, b) => b.framework.version - a.framework.version);
    if (mine.length === 0) {
      throw new AppError('notFound', { reason: 'frameworkMissing' });
    }
    return { framework: clone(mine[0].framework), skipped: [] };
  }

  public async getVersion(frameworkId: string, version: number): Promise<Framework> {
    const found = this.versions.find((v) => v.framework.id === frameworkId && v.framework.version === version);
    if (!found) {
      throw new AppError('notFound', { reason: 'frameworkVersionMissing', frameworkVersion: version });
    }
    return clone(found.framework);
  }

  public async findDamaged(): Promise<DamagedVersion[]> {
    return clone(this.damaged);
  }

  public async publish(input: PublishInput): Promise<Framework> {
    this.publishCalls.push(clone(input));
    const parsed = parseFrameworkDefinition(clone(input.framework));
    if (!parsed.ok) {
      throw new InvalidFrameworkError(parsed.errors);
    }
    const version = input.basedOnVersion + 1;
    if (this.versions.some((v) => v.framework.id.toLowerCase() === parsed.framework.id.toLowerCase() && v.framework.version === version)) {
      throw new AppError('conflict', { reason: 'versionTaken', frameworkVersion: version });
    }
    const published = { ...parsed.framework, version };
    // As on the site, the new version's item says whether the framework is retired.
    if (input.retired === true) {
      this.retired.add(published.id);
    } else {
      this.retired.delete(published.id);
    }
    this.versions.push({ framework: clone(published), note: input.note, publishedBy: 'Olivia Owen', published: '2026-02-01T10:00:00Z' });
    return published;
  }

  public async saveNewVersion(framework: Framework): Promise<Framework> {
    const latest = Math.max(0, ...this.versions.filter((v) => v.framework.id === framework.id).map((v) => v.framework.version));
    return this.publish({ framework, basedOnVersion: latest, note: '', retired: this.retired.has(framework.id) });
  }

  public async setRetired(frameworkId: string, retired: boolean): Promise<void> {
    if (retired) {
      this.retired.add(frameworkId);
    } else {
      this.retired.delete(frameworkId);
    }
  }

  public async moveMapping(mappingId: number, toVersion: number, onProgress: (progress: MoveProgress) => void): Promise<void> {
    const target = this.versions.find((v) => v.framework.version === toVersion);
    if (!target) {
      throw new AppError('notFound', { reason: 'frameworkVersionMissing', frameworkVersion: toVersion });
    }
    onProgress({ done: 0, total: 1 });
    this.mover(mappingId, clone(target.framework));
    onProgress({ done: 1, total: 1 });
  }
}
