export declare const REPORT_STYLES: string;
