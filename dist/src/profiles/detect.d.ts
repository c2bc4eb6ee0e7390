/** Which shipped notation a draft is written in: the profile whose detection rules it meets, else the default (the first). */
import type { NotationProfile } from './profile.js';
/** Whether `profile`'s detection rules fit `text`: any rule matched at least its `minimum` times. */
export declare function fits(profile: NotationProfile, text: string): boolean;
/**
 * The notation `text` is written in, among `profiles` (default: the shipped ones): the first
 * whose detection rules fit it, else the first of them with no rules (the Kyoto notation).
 *
 * @example
 * ```ts
 * detectNotation('[NZ/CL propose; US/JP oppose: The objectives…]\n…').name; // 'tpp' (given enough such lines)
 * ```
 */
export declare function detectNotation(text: string, profiles?: Iterable<NotationProfile>): NotationProfile;
