/**
 * The order test files start in: Vitest's (slowest first by the last run's durations, else the
 * largest file first), except that the files sweeping every page start first. They are the
 * longest by far but small files, so on a fresh clone, with no durations recorded yet, Vitest
 * would start them last and one worker would run them alone at the end.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const sweepsEveryPage = (spec: TestSpecification) =>
  /\/every-page[^/]*\.test\.ts$/.test(spec.moduleId);

export class SweepsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(sweepsEveryPage), ...sorted.filter((spec) => !sweepsEveryPage(spec))];
  }
}
