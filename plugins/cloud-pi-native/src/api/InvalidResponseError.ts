import { CustomErrorBase } from '@backstage/errors';

/**
 * The backend answered with a body that does not match the card contract,
 * typically a frontend and a backend of different versions.
 *
 * @public
 */
export class InvalidResponseError extends CustomErrorBase {
  name = 'InvalidResponseError' as const;
}
