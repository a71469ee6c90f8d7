import { describe, expect, it } from 'vitest'
import { parsePlatform } from '../../../src/checks/platform.ts'
import { goQuote } from '../../../src/checks/rules.ts'
import { looksSecret } from '../../../src/checks/key-value.ts'

describe('parsePlatform', () => {
  it.each([
    ['linux/amd64', { os: 'linux', architecture: 'amd64' }],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64' }],
    ['Linux/x86_64', { os: 'linux', architecture: 'amd64' }],
    ['windows', { os: 'windows', architecture: 'amd64' }],
    ['arm64', { os: 'linux', architecture: 'arm64' }],
  ])('%s', (spec, expected) => {
    expect(parsePlatform(spec)).toEqual(expected)
  })
  it.each(['', 'linux/', 'linux//amd64', 'a/b/c/d', 'linux/am d64', 'notanos'])('refuses %j', (spec) => {
    expect(parsePlatform(spec)).toBeNull()
  })
})

describe('looksSecret (getSecretsRegex)', () => {
  it.each(['SECRET_PASSPHRASE', 'SUPER_Secret', 'password', 'auth', 'apikey', 'git_key', 'GITHUB_TOKEN', 'db_credentials'])('%s is secret', (k) => {
    expect(looksSecret(k)).toBe(true)
  })
  it.each(['sunflower', 'PUBLIC_KEY', 'public_token', 'SECRET_PASSPHRASE_FILE', 'password_file', 'AUTH_MODULE_VERSION', 'keyboard', 'author', 'monkey'])('%s is not', (k) => {
    expect(looksSecret(k)).toBe(false)
  })
})

describe('goQuote', () => {
  it.each([['b', '"b"'], ['a"b', '"a\\"b"'], ['a\\b', '"a\\\\b"'], ['tab\t', '"tab\\t"']])('%j', (s, q) => {
    expect(goQuote(s)).toBe(q)
  })
})
