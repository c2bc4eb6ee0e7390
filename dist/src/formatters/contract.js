export const terminal = (format) => ({ terminal: true, format });
export const machine = (format) => ({ terminal: false, format });
