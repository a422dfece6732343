/** Training management (issue #6, DEV-1..3): programs, sessions, enrolments, attendance and completions. */
import './common.js';
import './programs.js';
import './sessions.js';
import './enrolments.js';
