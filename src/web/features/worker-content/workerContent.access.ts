/** Who may open the worker app's CMS (the server's worker-content routes require the same role). */
export const WORKER_CONTENT_ROLES = ['content_editor'] as const;
