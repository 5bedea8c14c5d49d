import { ImagesResponse } from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiTarget } from '../entities/parseCloudPiTarget';
import { ImagesView } from './imagesView';
import { requireFound } from './scopeViews';

/**
 * A repository entity only sees the images named after it (`<slug>/<repo>`),
 * an environment entity only its environment.
 */
export function scopeImages(
  view: ImagesView,
  target: CloudPiTarget,
): ImagesResponse {
  const { environmentName, repositoryName } = target;
  const ofRepository = (image: string | null) =>
    repositoryName === undefined || image === repositoryName;
  return {
    ...view,
    repositories: view.repositories
      .filter(r => ofRepository(r.image))
      .map(({ image: _image, ...repository }) => repository),
    environments: requireFound(
      view.environments.filter(
        e => environmentName === undefined || e.name === environmentName,
      ),
      'environment',
      environmentName,
      target,
    ).map(environment => ({
      ...environment,
      images: environment.images
        .filter(i => ofRepository(i.image))
        .map(({ image: _image, ...image }) => image),
    })),
  };
}
