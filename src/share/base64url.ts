// RFC 4648 base64url without padding: URL-hash safe and identical in the browser, a worker and Node.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const LOOKUP = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i

export function encodeBase64url(bytes: Uint8Array): string {
  const parts: string[] = []
  let chunk = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const left = bytes.length - i
    chunk += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63]
    if (left > 1) chunk += ALPHABET[(n >> 6) & 63]
    if (left > 2) chunk += ALPHABET[n & 63]
    // keep string concatenation cheap on multi-megabyte states
    if (chunk.length > 8192) {
      parts.push(chunk)
      chunk = ''
    }
  }
  parts.push(chunk)
  return parts.join('')
}

/** null when the text is not base64url (a character outside the alphabet, or an impossible length). */
export function decodeBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null
  const out = new Uint8Array(Math.floor((text.length * 3) / 4))
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    let n = 0
    const count = Math.min(4, text.length - i)
    for (let j = 0; j < 4; j++) {
      let v = 0
      if (j < count) {
        const c = text.charCodeAt(i + j)
        v = c < 128 ? LOOKUP[c] : -1
        if (v < 0) return null
      }
      n = (n << 6) | v
    }
    out[o++] = (n >> 16) & 255
    if (count > 2) out[o++] = (n >> 8) & 255
    if (count > 3) out[o++] = n & 255
  }
  return out.subarray(0, o)
}
