import type { Server } from './serve';

/**
 * Calls the running server's API as the renderer does (token header, JSON), to set up a
 * corpus quickly; the behaviour under test is then driven through the page.
 */
export async function api<T = unknown>(server: Server, name: string, input: unknown): Promise<T> {
  const url = new URL(server.url);
  const response = await fetch(`${url.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-isnad-token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message}`);
  return envelope.value as T;
}

/** The same fixture seeding as the unit tests, through the HTTP API. */
export function apiStore(server: Server) {
  return {
    addDocument: (input: unknown) => api<{ id: string }>(server, 'addDocument', input),
    getDocument: (id: string) => api<{ text: string }>(server, 'getDocument', { id }),
    createAnnotation: (input: unknown) => api<{ annotation: { id: string } }>(server, 'createAnnotation', input),
  };
}
