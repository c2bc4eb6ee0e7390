export function tallyDelegations(proposals) {
    const tallies = new Map();
    const get = (code) => {
        let t = tallies.get(code);
        if (!t) {
            t = { code, proposals: 0, yes: 0, partly: 0, no: 0, deletionsSought: 0, deletionsAchieved: 0, oppositions: 0, oppositionsUpheld: 0, attainment: 0 };
            tallies.set(code, t);
        }
        return t;
    };
    for (const p of proposals) {
        for (const code of p.codes) {
            const t = get(code);
            t.proposals++;
            t[p.survived]++;
            if (p.kind === 'delete') {
                t.deletionsSought++;
                if (p.survived === 'yes')
                    t.deletionsAchieved++;
            }
        }
        for (const code of p.opponents) {
            if (p.codes.includes(code))
                continue;
            const t = get(code);
            t.oppositions++;
            if (p.survived === 'no')
                t.oppositionsUpheld++;
        }
    }
    // Paragraph notes: one opposition per paragraph, upheld when most of its changes did not get in.
    const notes = new Map();
    for (const p of proposals) {
        for (const code of p.paragraphOpponents ?? []) {
            if (p.codes.includes(code) || p.opponents.includes(code))
                continue;
            const key = `${p.draftParagraph}\u0000${code}`;
            const n = notes.get(key) ?? { code, no: 0, all: 0 };
            n.all++;
            if (p.survived === 'no')
                n.no++;
            notes.set(key, n);
        }
    }
    for (const n of notes.values()) {
        const t = get(n.code);
        t.oppositions++;
        if (n.no * 2 > n.all)
            t.oppositionsUpheld++;
    }
    for (const t of tallies.values()) {
        const positions = t.proposals + t.oppositions;
        t.attainment = positions === 0 ? 0 : Math.round(((t.yes + 0.5 * t.partly + t.oppositionsUpheld) / positions) * 1000) / 1000;
    }
    return [...tallies.values()].sort((a, b) => b.proposals + b.oppositions - (a.proposals + a.oppositions) || a.code.localeCompare(b.code));
}
