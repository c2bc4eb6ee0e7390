export function firstToken(node) {
    switch (node.kind) {
        case 'codes': return node.first;
        case 'group': return node.open;
        default: return node.token;
    }
}
/** A code list ends with its last remark when that follows its last code; an unclosed group with its last child. */
export function lastToken(node) {
    switch (node.kind) {
        case 'codes': {
            const remark = node.remarks[node.remarks.length - 1];
            return remark && remark.open.startOffset > node.last.startOffset ? lastToken(remark) : node.last;
        }
        case 'group': return node.close ?? (node.children.length > 0 ? lastToken(node.children[node.children.length - 1]) : node.open);
        default: return node.token;
    }
}
