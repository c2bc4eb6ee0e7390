/** The whole text of a piecewise format (or of a whole one). */
export function joinPieces(pieces) {
    if (typeof pieces === 'string')
        return pieces;
    let text = '';
    for (const piece of pieces)
        text += piece;
    return text;
}
export const terminal = (format) => ({ terminal: true, format });
export const machine = (format) => ({ terminal: false, format });
