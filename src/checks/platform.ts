// Just enough of containerd's platforms.Parse for the FROM --platform checks: whether a value is a
// platform specifier, and its OS and architecture after normalisation.

const COMPONENT = /^[A-Za-z0-9_.-]+$/
const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos'])
const KNOWN_ARCH = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm'])

function normalizeOS(os: string): string {
  const o = os.toLowerCase()
  return o === 'macos' ? 'darwin' : o
}

function normalizeArch(arch: string): string {
  const a = arch.toLowerCase()
  switch (a) {
    case 'i386': return '386'
    case 'x86_64': case 'x86-64': case 'amd64': return 'amd64'
    case 'aarch64': case 'arm64': return 'arm64'
    case 'armhf': case 'armel': case 'arm': return 'arm'
    default: return a
  }
}

/** null when BuildKit would fail to parse the platform */
export function parsePlatform(specifier: string): { os: string; architecture: string } | null {
  // an OS version in parentheses (windows(10.0.17763)/amd64) is allowed on the OS part
  const parts = specifier.split('/')
  if (parts.length === 0 || parts.length > 3) return null
  const osPart = parts[0].replace(/\([^)]*\)$/, '')
  for (const p of [osPart, ...parts.slice(1)]) if (!COMPONENT.test(p)) return null
  if (parts.length === 1) {
    // a lone component is an OS if containerd knows it as one, else an architecture of the host OS
    const c = normalizeOS(osPart)
    if (KNOWN_OS.has(c)) return { os: c, architecture: 'amd64' }
    const arch = normalizeArch(osPart)
    if (KNOWN_ARCH.has(arch)) return { os: 'linux', architecture: arch }
    return null
  }
  return { os: normalizeOS(osPart), architecture: normalizeArch(parts[1]) }
}
