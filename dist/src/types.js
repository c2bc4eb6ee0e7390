/** The stances, in the order of the matrix's cell letters and of every count by stance. */
export const STANCES = ['support', 'oppose', 'delete', 'other'];
/** The fields of a StanceRecord in the records CSV's column order. */
export const RECORD_COLUMNS = [
    'file', 'paragraph', 'country', 'name', 'stance', 'label', 'raw', 'line', 'column', 'struck', 'excerpt',
];
