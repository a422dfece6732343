/** The evaluation cycle (issue #6, EVAL-3..10): plan, realisation, rating, annual predikat, the unit's year. */
import './types.js';
import './plan.js';
import './realisation.js';
import './rating.js';
import './unit-year.js';
import './queries.js';
