/** The training schedule: the sessions of a month as a calendar or a list (`?bulan=YYYY-MM&tampilan=…`). */
export const trainingSchedulePath = '/pelatihan/jadwal';
