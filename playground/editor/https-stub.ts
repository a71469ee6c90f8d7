// Stands in for Node's `https` in the browser bundle. dockerfile-language-service only uses it to ask Docker Hub
// for image tags; failing the request makes it offer no tags instead of throwing or calling the network.
interface StubRequest {
  end(): void
  on(event: string, listener: (error: Error) => void): StubRequest
}

export function get(): StubRequest {
  const request: StubRequest = {
    end() {},
    on(event, listener) {
      if (event === 'error') queueMicrotask(() => listener(new Error('offline: no registry access in the browser')))
      return request
    },
  }
  return request
}

export default { get }
