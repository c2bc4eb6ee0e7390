export declare function escapeHtml(text: string): string;
/** JSON that cannot close its `<script>` element nor open a comment in it. */
export declare function scriptJson(value: unknown): string;
