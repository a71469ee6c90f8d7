// Image reference validation as BuildKit does it before resolving a base image
// (distribution/reference.ParseNormalizedNamed), with its error messages.

const alphanumeric = '[a-z0-9]+'
const separator = '(?:[._]|__|[-]+)'
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const optionalPort = '(?::[0-9]+)?'
const tag = '[\\w][\\w.-]{0,127}'
const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}'
const ipv6 = '\\[(?:[a-fA-F0-9:]+)\\]'
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`
const host = `(?:${domainName}|${ipv6})`
const domainAndPort = host + optionalPort
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`
const remoteName = `${pathComponent}(?:/${pathComponent})*`
const namePat = `(?:${domainAndPort}/)?${remoteName}`
const REFERENCE = new RegExp(`^(${namePat})(?::(${tag}))?(?:@(${digest}))?$`)
const IDENTIFIER = /^[a-f0-9]{64}$/

/** null when `s` is a valid image reference, else BuildKit's error message. */
export function referenceError(s: string): string | null {
  // no valid reference is this long (name ≤ 255, tag ≤ 128, digest); spare the RegExp
  if (s.length > 1024) return 'invalid reference format'
  if (IDENTIFIER.test(s)) return `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`
  const slash = s.indexOf('/')
  let domain = 'docker.io'
  let remainder = s
  if (slash >= 0) {
    const maybeDomain = s.slice(0, slash)
    if (maybeDomain === 'localhost' || maybeDomain === 'index.docker.io' || /[.:]/.test(maybeDomain) || maybeDomain.toLowerCase() !== maybeDomain) {
      domain = maybeDomain === 'index.docker.io' ? 'docker.io' : maybeDomain
      remainder = s.slice(slash + 1)
    }
  }
  const colon = remainder.indexOf(':')
  const remote = colon >= 0 ? remainder.slice(0, colon) : remainder
  if (remote.toLowerCase() !== remote) return `invalid reference format: repository name (${remote}) must be lowercase`
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = 'library/' + remainder
  const full = `${domain}/${remainder}`
  const m = REFERENCE.exec(full)
  if (!m) {
    if (REFERENCE.test(full.toLowerCase())) return 'invalid reference format: repository name must be lowercase'
    return 'invalid reference format'
  }
  if (m[1].length > 255) return 'repository name must not be more than 255 characters'
  return null
}
