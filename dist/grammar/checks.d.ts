export declare const grammarChecks: boolean;
