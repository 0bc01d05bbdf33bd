// The one name of the notice every instance hears after a commit that wrote to the change log.
// Must not carry data: listeners read the change log themselves.
export const COMMIT_CHANNEL = 'changes';
