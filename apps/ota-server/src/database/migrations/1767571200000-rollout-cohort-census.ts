import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * D4 "its expected cohort is computed from the registered devices in the audience": the engine's census of a
 * rollout is kept with it, so every instance shows the same expected counts and a new lease holder reuses it.
 */
export class RolloutCohortCensus1767571200000 implements MigrationInterface {
  name = 'RolloutCohortCensus1767571200000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('rollout', new TableColumn({ name: 'cohort_census', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('rollout', 'cohort_census');
  }
}
