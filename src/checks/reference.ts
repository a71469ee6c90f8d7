// Whether a string is an image reference BuildKit accepts (distribution/reference's
// ParseNormalizedNamed), which is what InvalidDefaultArgInFrom checks a FROM's default value with.
// The patterns have no ambiguous repetition, so matching stays linear.

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}'
const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`)
const IDENTIFIER = /^[a-f0-9]{64}$/
const NAME_TOTAL_LENGTH_MAX = 255

// digest.Parse: the algorithms the registry knows, each with its exact encoded length
const DIGEST_LENGTHS: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 }

export function isValidImageReference(s: string): boolean {
  if (IDENTIFIER.test(s)) return false
  const slash = s.indexOf('/')
  let remainder = s
  if (slash >= 0) {
    const first = s.slice(0, slash)
    const isDomain = /[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first
    if (isDomain) remainder = s.slice(slash + 1)
  }
  if (remainder.toLowerCase() !== remainder) return false
  const m = REFERENCE.exec(s)
  if (!m) return false
  if (m[1].length > NAME_TOTAL_LENGTH_MAX) return false
  if (m[3] !== undefined) {
    const colon = m[3].indexOf(':')
    const algorithm = m[3].slice(0, colon)
    const encoded = m[3].slice(colon + 1)
    const len = DIGEST_LENGTHS[algorithm]
    if (len === undefined || encoded.length !== len || /[A-F]/.test(encoded)) return false
  }
  return true
}
