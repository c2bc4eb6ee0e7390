/** GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`). */
import type { FindingsReport } from './findings-report.js';
export declare function githubReport(): FindingsReport;
