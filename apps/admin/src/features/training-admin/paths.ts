/** Where the training workflows live (beside the program pages). */
export const trainingAdminPaths = {
  newProgram: '/pelatihan/baru',
  editProgram: (id: string) => `/pelatihan/${encodeURIComponent(id)}/ubah`,
  newSession: (id: string) => `/pelatihan/${encodeURIComponent(id)}/sesi-baru`,
  session: (id: string, sessionId: string) =>
    `/pelatihan/${encodeURIComponent(id)}/sesi/${encodeURIComponent(sessionId)}`,
};
