export const DEFAULT_WIDTH = 80;
const positiveWhole = (value) => {
    const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : undefined;
};
/** `stream`'s width: its columns when it is a terminal that reports them, else COLUMNS, else 80; 80 when it is no terminal. */
export function streamWidth(stream, env) {
    if (stream.isTTY !== true)
        return DEFAULT_WIDTH;
    return positiveWhole(stream.columns) ?? positiveWhole(env.COLUMNS) ?? DEFAULT_WIDTH;
}
