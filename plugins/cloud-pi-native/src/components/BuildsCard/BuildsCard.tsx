import { useEntity } from '@backstage/plugin-catalog-react';
import { useCloudPiNativeData } from '@cpin/plugin-cloud-pi-native-react';
import Typography from '@material-ui/core/Typography';
import {
  CardStates,
  CloudPiCard,
  GeneratedAt,
  useCloudPiTranslation,
} from '../shared';
import { RepositoryBuildsItem } from './RepositoryBuildsItem';
import { useBuildsStyles } from './styles';

/**
 * The secondary chain's builds: the latest GitLab CI pipeline of each
 * repository's default branch and recent branches in the platform GitLab,
 * with the state of its mirror. A repository (Component) gets its own row,
 * a project (System) one row per repository.
 *
 * @public
 */
export function BuildsCard() {
  const { entity } = useEntity();
  const state = useCloudPiNativeData('builds', entity);
  const t = useCloudPiTranslation();
  const classes = useBuildsStyles();

  return (
    <CloudPiCard name="builds" title={t('builds.title')}>
      <CardStates entity={entity} state={state}>
        {data =>
          data.repositories.length === 0 ? (
            <Typography>{t('builds.empty')}</Typography>
          ) : (
            <>
              <ul className={classes.list}>
                {data.repositories.map(repository => (
                  <RepositoryBuildsItem
                    key={repository.repositoryName}
                    repository={repository}
                  />
                ))}
              </ul>
              <GeneratedAt at={data.generatedAt} />
            </>
          )
        }
      </CardStates>
    </CloudPiCard>
  );
}
