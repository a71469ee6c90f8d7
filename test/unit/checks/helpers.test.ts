import { describe, expect, it } from 'vitest'
import { parsePlatform } from '../../../src/checks/platform.ts'
import { isValidImageReference } from '../../../src/checks/reference.ts'
import { goQuote } from '../../../src/checks/rules.ts'
import { suggest } from '../../../src/checks/suggest.ts'
import { looksSecret } from '../../../src/checks/key-value.ts'

describe('isValidImageReference (reference.ParseNormalizedNamed)', () => {
  it.each([
    'scratch', 'busybox', 'busybox:latest', 'busybox:stable-musl', 'library/alpine:3.20', 'docker.io/library/alpine',
    'ghcr.io/owner/repo:tag', 'localhost:5000/a/b', 'Registry.Example.com/app', 'a__b', 'a-b.c_d',
    'alpine@sha256:' + 'a'.repeat(64), 'alpine:3@sha256:' + '0'.repeat(64), '[::1]:5000/app',
  ])('accepts %s', (ref) => {
    expect(isValidImageReference(ref)).toBe(true)
  })
  it.each([
    '', 'busybox:', ':latest', 'BusyBox', 'user/App', 'a..b', 'a/', '/a', 'a:b:c', 'busy box', '-a',
    'a'.repeat(64).replace(/a/g, 'f'), 'alpine@sha256:abc', 'alpine@md5:' + 'a'.repeat(32), 'alpine:' + 'x'.repeat(129),
  ])('refuses %j', (ref) => {
    expect(isValidImageReference(ref)).toBe(false)
  })
})

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

describe('suggest (util/suggest.Search)', () => {
  it.each([
    ['BULIDPLATFORM', ['BUILDPLATFORM', 'TARGETPLATFORM'], 'BUILDPLATFORM'],
    ['MYARCH', ['MY_ARCH', 'MY_OS'], 'MY_ARCH'],
    ['DIR_ASSET', ['DIR_ASSETS', 'DIR_BINARIES', 'DIR_CONFIG'], 'DIR_ASSETS'],
    ['version', ['tag', 'TARGETOS'], ''],
    // an exact match means there is nothing to suggest
    ['PATH', ['PATH', 'PAT'], ''],
  ])('%s among %j → %j', (val, options, expected) => {
    expect(suggest(val, options, true)).toBe(expected)
  })
  it('matches the case of the input when case-insensitive', () => {
    expect(suggest('bulidplatform', ['BUILDPLATFORM'], false)).toBe('buildplatform')
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
