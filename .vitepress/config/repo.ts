// The one place the source repository's address lives: edit links and the nav's repository link derive from it.
export const REPO_URL = 'https://github.com/docker-build-guide/docker-build-guide'

/** Edit link pattern; VitePress replaces `:path` with the page's path relative to `srcDir`. */
export const EDIT_LINK_PATTERN = `${REPO_URL}/edit/main/docs/:path`
