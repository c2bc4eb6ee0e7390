import type { CodeTable } from '../records/codes.js';
import type { CodeLookup } from '../records/annotations.js';
import type { NotationProfile } from './profile.js';
export declare function profileCodes(profile: NotationProfile, table: CodeTable): CodeLookup;
