import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_organisation.js';
import * as m0002 from './0002_employee.js';
import * as m0003 from './0003_access.js';
import * as m0004 from './0004_skp.js';
import * as m0005 from './0005_training.js';
import * as m0006 from './0006_recommendation.js';
import * as m0007 from './0007_read_model.js';
import * as m0008 from './0008_integrity.js';
import * as m0009 from './0009_rank_promotion_due.js';
import * as m0010 from './0010_auth.js';
import * as m0011 from './0011_evaluation.js';
import * as m0012 from './0012_training.js';
import * as m0013 from './0013_merit.js';

/** Every migration by name; Kysely runs them in name order. Add a file and a line here; never edit one. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_organisation': m0001,
  '0002_employee': m0002,
  '0003_access': m0003,
  '0004_skp': m0004,
  '0005_training': m0005,
  '0006_recommendation': m0006,
  '0007_read_model': m0007,
  '0008_integrity': m0008,
  '0009_rank_promotion_due': m0009,
  '0010_auth': m0010,
  '0011_evaluation': m0011,
  '0012_training': m0012,
  '0013_merit': m0013,
};
