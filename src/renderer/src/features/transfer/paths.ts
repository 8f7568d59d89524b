/** Where the parts of Ekspor & Impor live (hash routes). */
export const EXPORT_PATH = '/ekspor';
export const IMPORT_PATH = '/ekspor/impor';
export const OFFICE_KEY_PATH = '/ekspor/kunci-kantor';
export const CONFLICTS_PATH = '/ekspor/konflik';
export const conflictPath = (id: string): string => `${CONFLICTS_PATH}/${encodeURIComponent(id)}`;
