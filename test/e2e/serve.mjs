#!/usr/bin/env node
// A small static server for the built site (`.vitepress/dist`), used by the
// browser tests and by `npm run serve`. It exists because `vitepress preview`
// listens on every interface whatever `--host` says; this one binds to
// 127.0.0.1 only, can take port 0 (a free port), and can be stopped from code.
//
//   node test/e2e/serve.mjs [--dir .vitepress/dist] [--port 4173] [--host 127.0.0.1]
//
// Behaviour the site relies on:
// - `/a/` serves `/a/index.html`; `/a` (a folder) redirects to `/a/`.
// - `/x` with no such file serves `/x.html`, so links work with or without
//   VitePress's `cleanUrls`.
// - anything else gets `404.html` with status 404 (VitePress's not-found page).
// - MIME types cover what the site ships (`.mjs`, `.wasm`, `.woff2`, …);
//   a wrong type for a module or a wasm file breaks it in the browser.

import { createServer } from 'node:http'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.tar': 'application/x-tar',
  '.gz': 'application/gzip',
}

/** @param {string} file */
export function mimeTypeOf(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** @param {string} file @returns {Promise<import('node:fs').Stats | null>} */
async function statOrNull(file) {
  try {
    return await stat(file)
  } catch {
    return null
  }
}

/**
 * Maps a request path to what to send. Pure apart from file-system lookups.
 * @param {string} root absolute folder served
 * @param {string} urlPath the URL's pathname, still percent-encoded
 * @returns {Promise<{ kind: 'file', file: string, status: number } | { kind: 'redirect', location: string } | { kind: 'not-found' }>}
 */
export async function resolveRequest(root, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return { kind: 'not-found' }
  }
  if (decoded.includes('\0')) return { kind: 'not-found' }
  // Resolve against the root and refuse anything that climbs out of it.
  const target = path.join(root, path.normalize('/' + decoded))
  if (target !== root && !target.startsWith(root + path.sep)) return { kind: 'not-found' }

  const found = await statOrNull(target)
  if (found?.isFile()) return { kind: 'file', file: target, status: 200 }
  if (found?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { kind: 'redirect', location: urlPath + '/' }
    const index = path.join(target, 'index.html')
    if ((await statOrNull(index))?.isFile()) return { kind: 'file', file: index, status: 200 }
    return { kind: 'not-found' }
  }
  if (!decoded.endsWith('/')) {
    const html = target + '.html'
    if ((await statOrNull(html))?.isFile()) return { kind: 'file', file: html, status: 200 }
  }
  return { kind: 'not-found' }
}

/**
 * Starts serving `dir`. Resolves once listening.
 * @param {{ dir?: string, port?: number, host?: string, log?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const root = path.resolve(options.dir ?? '.vitepress/dist')
  const host = options.host ?? '127.0.0.1'
  const rootStat = await statOrNull(root)
  if (!rootStat?.isDirectory()) {
    throw new Error(`Nothing to serve: ${root} is not a folder. Build the site first with \`npm run build\`.`)
  }
  const notFoundPage = path.join(root, '404.html')

  const server = createServer(async (req, res) => {
    const method = req.method ?? 'GET'
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://localhost')
    let result = await resolveRequest(root, url.pathname)
    if (result.kind === 'redirect') {
      res.writeHead(301, { Location: result.location + url.search }).end()
      if (options.log) console.log(`301 ${url.pathname}`)
      return
    }
    if (result.kind === 'not-found') {
      result = (await statOrNull(notFoundPage))?.isFile()
        ? { kind: 'file', file: notFoundPage, status: 404 }
        : { kind: 'file', file: '', status: 404 }
    }
    if (options.log) console.log(`${result.status} ${url.pathname}`)
    if (!result.file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n')
      return
    }
    const info = await statOrNull(result.file)
    res.writeHead(result.status, {
      'Content-Type': mimeTypeOf(result.file),
      'Content-Length': String(info?.size ?? 0),
      // Tests rebuild the site between runs; never let a browser reuse an old file.
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    })
    if (method === 'HEAD') {
      res.end()
      return
    }
    const stream = createReadStream(result.file)
    stream.on('error', () => res.destroy())
    stream.pipe(res)
  })

  // Keep-alive sockets from a browser would hold `close()` open; track and end them.
  const sockets = new Set()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve(undefined)
    })
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ dir?: string, port?: number, host?: string }} */
  const options = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined]
    const value = () => inline ?? argv[++i]
    if (flag === '--dir') options.dir = value()
    else if (flag === '--port') options.port = Number(value())
    else if (flag === '--host') options.host = value()
    else if (flag === '--help' || flag === '-h') {
      console.log('usage: node test/e2e/serve.mjs [--dir .vitepress/dist] [--port 4173] [--host 127.0.0.1]')
      process.exit(0)
    } else {
      console.error(`serve: unknown argument ${arg}`)
      process.exit(2)
    }
  }
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port >= 0 && options.port < 65536)) {
    console.error('serve: --port wants a number from 0 to 65535')
    process.exit(2)
  }
  return options
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const options = parseArgs(process.argv.slice(2))
  try {
    const server = await startServer({ port: 4173, ...options, log: !!process.env.SERVE_LOG })
    console.log(`Serving ${path.resolve(options.dir ?? '.vitepress/dist')} at ${server.url}/  (Ctrl+C stops)`)
    const stop = async () => {
      await server.close()
      process.exit(0)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  } catch (error) {
    console.error(`serve: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
