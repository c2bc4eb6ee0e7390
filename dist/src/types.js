export const STANCES = ['support', 'oppose', 'delete', 'other'];
export const RECORD_COLUMNS = [
    'file', 'paragraph', 'country', 'name', 'stance', 'label', 'raw', 'line', 'column', 'struck', 'excerpt',
];
