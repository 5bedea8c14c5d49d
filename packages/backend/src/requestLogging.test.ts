import { EventEmitter } from 'node:events';
import { debugRequestLogging } from './requestLogging';

describe('debugRequestLogging', () => {
  it('logs each finished request at debug level, never at info', () => {
    const logger = {
      debug: jest.fn(),
      info: jest.fn(),
      warn: jest.fn(),
      error: jest.fn(),
      child: jest.fn(),
    };
    const res = Object.assign(new EventEmitter(), { statusCode: 200 });
    const next = jest.fn();
    debugRequestLogging(logger)(
      { method: 'GET', originalUrl: '/api/catalog/entities' } as any,
      res as any,
      next,
    );
    expect(next).toHaveBeenCalled();
    expect(logger.debug).not.toHaveBeenCalled();
    res.emit('finish');
    expect(logger.debug).toHaveBeenCalledWith(
      'GET /api/catalog/entities 200',
      expect.objectContaining({ type: 'incomingRequest', status: 200 }),
    );
    expect(logger.info).not.toHaveBeenCalled();
  });
});
