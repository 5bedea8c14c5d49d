import type {
  DeployedImage,
  EnvironmentImages,
} from '@cpin/plugin-cloud-pi-native-common';
import Typography from '@material-ui/core/Typography';
import {
  PartErrorAlert,
  StageChip,
  StatusIndicator,
  useCloudPiTranslation,
} from '../shared';
import { CopyableReference } from './CopyableReference';
import { ScanSummary } from './ScanSummary';
import { useImagesStyles } from './styles';

function DeployedImageItem(props: {
  image: DeployedImage;
  production: boolean;
}) {
  const { image, production } = props;
  const t = useCloudPiTranslation();
  const classes = useImagesStyles();
  const critical = image.artifact?.scan.vulnerabilities?.critical ?? 0;
  return (
    <li className={classes.item}>
      <div className={classes.line}>
        <CopyableReference value={image.reference} />
      </div>
      {production && critical > 0 && (
        <StatusIndicator
          tone="error"
          label={t('images.criticalInProduction')}
        />
      )}
      {image.artifact ? (
        <ScanSummary artifact={image.artifact} />
      ) : (
        <StatusIndicator tone="warning" label={t('images.outsideRegistry')} />
      )}
      {image.applications.length > 0 && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="p"
          className={classes.secondary}
        >
          {t('images.runBy', { applications: image.applications.join(', ') })}
        </Typography>
      )}
    </li>
  );
}

/** The images each environment runs, as its Argo CD applications report them. */
export function DeployedImages(props: { environments: EnvironmentImages[] }) {
  const { environments } = props;
  const t = useCloudPiTranslation();
  const classes = useImagesStyles();
  if (environments.length === 0) {
    return <Typography variant="body2">{t('images.noEnvironment')}</Typography>;
  }
  return (
    <>
      {environments.map(environment => (
        <section key={environment.name}>
          <div className={classes.heading}>
            <Typography variant="subtitle2" component="h4">
              {environment.name}
            </Typography>
            <StageChip
              stage={environment.stage}
              stageKind={environment.stageKind}
            />
          </div>
          {environment.error && (
            <PartErrorAlert
              part={t('images.environmentError', {
                environment: environment.name,
              })}
              error={environment.error}
            />
          )}
          {!environment.error && environment.images.length === 0 && (
            <Typography variant="body2" color="textSecondary">
              {t('images.noDeployedImage')}
            </Typography>
          )}
          <ul className={classes.list}>
            {environment.images.map(image => (
              <DeployedImageItem
                key={image.reference}
                image={image}
                production={environment.stageKind === 'prod'}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
