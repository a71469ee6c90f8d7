// Types for serve.mjs, so the TypeScript test files can import it under `strict`.
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash */
  url: string
  port: number
  /** Stops listening and ends open keep-alive connections. */
  close(): Promise<void>
}

export function mimeTypeOf(file: string): string

export function resolveRequest(
  root: string,
  urlPath: string,
): Promise<
  | { kind: 'file'; file: string; status: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
>

export function startServer(options?: { dir?: string; port?: number; host?: string; log?: boolean }): Promise<StaticServer>
