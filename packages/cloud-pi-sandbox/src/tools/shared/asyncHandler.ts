import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Forwards a rejected promise to the router's error handler (Express 4 does not). */
export function asyncHandler(
  handler: (req: Request, res: Response, next: NextFunction) => Promise<void>,
): RequestHandler {
  return (req, res, next) => {
    handler(req, res, next).catch(next);
  };
}
