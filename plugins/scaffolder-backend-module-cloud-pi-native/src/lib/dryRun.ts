/** Stand-in for ids a dry run cannot know, since it creates nothing. */
export const DRY_RUN_ID = '00000000-0000-4000-8000-000000000000';

/** Stand-in for a commit id in a dry run. */
export const DRY_RUN_COMMIT = '0000000000000000000000000000000000000000';
