/** Merit workflows (issue #6): assessments, managerial vacancies, rank promotions due. */
import './assessment.js';
import './rank-promotions.js';
import './vacancy.js';
