/** `1 record`, `2 records`: English plurals of the regular words the reports count. */
export declare function plural(n: number, word: string): string;
