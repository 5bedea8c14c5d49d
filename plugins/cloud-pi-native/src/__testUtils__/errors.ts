import { ResponseError } from '@backstage/errors';

/** The `ResponseError` the client throws for a Backstage error body. */
export function backendError(status: number, name: string, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        response: { statusCode: status },
      }),
      { status, headers: { 'content-type': 'application/json' } },
    ),
  );
}
