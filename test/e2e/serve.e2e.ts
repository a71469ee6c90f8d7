// The static server behind the browser tests and `npm run serve`: routing, status codes
// and MIME types, checked over HTTP against a small folder laid out like a VitePress build.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type StaticServer } from './serve.mjs'

const files: Record<string, string> = {
  'index.html': 'home',
  '404.html': 'not found page',
  'docker/00-docker-build.html': 'tutorial',
  'en/index.html': 'english home',
  'assets/app.js': 'js',
  'assets/chunk.mjs': 'mjs',
  'assets/style.css': 'css',
  'assets/inter.woff2': 'font',
  'assets/engine.wasm': 'wasm',
  'assets/logo.svg': '<svg/>',
  'readme/home.png': 'png',
  'hashmap.json': '{}',
  'empty/keep.txt': 'text',
}

let root: string
let server: StaticServer

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'serve-test-'))
  for (const [name, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true })
    await writeFile(path.join(root, name), body)
  }
  // A secret beside the served folder: path traversal must not reach it.
  await writeFile(path.join(root, '..', path.basename(root) + '-secret.txt'), 'secret')
  server = await startServer({ dir: root, port: 0 })
})

afterAll(async () => {
  await server?.close()
  await rm(root, { recursive: true, force: true })
  await rm(path.join(root, '..', path.basename(root) + '-secret.txt'), { force: true })
})

// Raw requests: `fetch` would normalise `..` and `%2e%2e` away before the server saw them.
function get(urlPath: string, method = 'GET') {
  return new Promise<{ status: number; type: string | null; location: string | null; body: string }>((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: server.port, path: urlPath, method, agent: false }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers['content-type'] ?? null,
          location: response.headers.location ?? null,
          body,
        }),
      )
    })
    request.on('error', reject)
    request.end()
  })
}

describe('serve.mjs', () => {
  it('listens on 127.0.0.1 only, on the free port it was given', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(server.port).toBeGreaterThan(0)
  })

  it.each([
    // request path, status, body, content type
    ['/', 200, 'home', 'text/html; charset=utf-8'],
    ['/index.html', 200, 'home', 'text/html; charset=utf-8'],
    ['/en/', 200, 'english home', 'text/html; charset=utf-8'],
    ['/docker/00-docker-build.html', 200, 'tutorial', 'text/html; charset=utf-8'],
    ['/docker/00-docker-build', 200, 'tutorial', 'text/html; charset=utf-8'],
    ['/docker/00-docker-build?x=1', 200, 'tutorial', 'text/html; charset=utf-8'],
    ['/assets/app.js', 200, 'js', 'text/javascript; charset=utf-8'],
    ['/assets/chunk.mjs', 200, 'mjs', 'text/javascript; charset=utf-8'],
    ['/assets/style.css', 200, 'css', 'text/css; charset=utf-8'],
    ['/assets/inter.woff2', 200, 'font', 'font/woff2'],
    ['/assets/engine.wasm', 200, 'wasm', 'application/wasm'],
    ['/assets/logo.svg', 200, '<svg/>', 'image/svg+xml'],
    ['/readme/home.png', 200, 'png', 'image/png'],
    ['/hashmap.json', 200, '{}', 'application/json; charset=utf-8'],
    ['/%64ocker/00-docker-build.html', 200, 'tutorial', 'text/html; charset=utf-8'],
    ['/missing', 404, 'not found page', 'text/html; charset=utf-8'],
    ['/missing.html', 404, 'not found page', 'text/html; charset=utf-8'],
    ['/en/missing', 404, 'not found page', 'text/html; charset=utf-8'],
    ['/docker/00-docker-build.html/', 404, 'not found page', 'text/html; charset=utf-8'],
    ['/empty/', 404, 'not found page', 'text/html; charset=utf-8'],
    ['/../../etc/passwd', 404, 'not found page', 'text/html; charset=utf-8'],
    ['/%2e%2e/serve-secret.txt', 404, 'not found page', 'text/html; charset=utf-8'],
    ['/%E0%A4%A', 404, 'not found page', 'text/html; charset=utf-8'],
  ])('GET %s → %i', async (urlPath, status, body, type) => {
    const response = await get(urlPath)
    expect({ status: response.status, body: response.body, type: response.type }).toEqual({ status, body, type })
  })

  it('does not serve a file beside the folder through an encoded ../', async () => {
    const response = await get(`/%2e%2e/${path.basename(root)}-secret.txt`)
    expect(response.status).toBe(404)
    expect(response.body).not.toContain('secret')
  })

  it.each([
    ['/en', '/en/'],
    ['/docker', '/docker/'],
  ])('redirects the folder %s to %s', async (urlPath, location) => {
    const response = await get(urlPath)
    expect({ status: response.status, location: response.location }).toEqual({ status: 301, location })
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/index.html', 'HEAD')
    expect({ status: head.status, body: head.body }).toEqual({ status: 200, body: '' })
    const post = await get('/index.html', 'POST')
    expect(post.status).toBe(405)
  })

  it('stops when closed, even with a keep-alive connection open', async () => {
    const other = await startServer({ dir: root, port: 0 })
    await fetch(other.url + '/', { keepalive: true }).then((r) => r.text())
    await other.close()
    await expect(fetch(other.url + '/')).rejects.toThrow()
  })

  it('refuses to start without a folder to serve', async () => {
    await expect(startServer({ dir: path.join(root, 'nope'), port: 0 })).rejects.toThrow(/npm run build/)
  })
})
