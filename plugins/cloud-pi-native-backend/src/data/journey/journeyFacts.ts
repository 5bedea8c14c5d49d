import {
  JourneyAction,
  JourneyActionCode,
  Project,
  Repository,
  StageKind,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiInstance } from '@cpin/plugin-cloud-pi-native-node';
import { JourneyConfig } from '../../config/readCardsConfig';
import { BuildsView } from '../buildsView';
import { DeploymentsView } from '../deploymentsView';
import { ImagesView } from '../imagesView';
import { OverviewView } from '../overviewView';
import { QualityGateView } from '../qualityGateView';

/** Everything the journey is computed from: platform data, already read. */
export interface JourneyFacts {
  project: Project;
  repositories: Repository[];
  overview: OverviewView;
  builds: BuildsView;
  quality: QualityGateView;
  images: ImagesView;
  deployments: DeploymentsView;
  actions: JourneyActions;
  /** The project's Grafana instance of a kind, if Grafana is configured. */
  grafana(kind: StageKind): string | undefined;
}

/** Pages of the platform documentation the journey points to (`/guide/<page>`). */
export type GuidePage =
  | 'projects-management'
  | 'repositories-management'
  | 'environments-management'
  | 'deployment-with-argo'
  | 'images-sign'
  | 'external-services';

/** Builds the next actions: templates, console pages, documentation, tools. */
export class JourneyActions {
  constructor(
    private readonly instance: CloudPiInstance,
    private readonly project: Project,
    private readonly config: JourneyConfig,
  ) {}

  template(
    code: JourneyActionCode,
    template: keyof JourneyConfig['templates'],
  ): JourneyAction {
    return {
      kind: 'template',
      code,
      templateRef: this.config.templates[template],
    };
  }

  console(
    code: JourneyActionCode,
    tab?: 'resources' | 'services' | 'team' | 'logs',
  ): JourneyAction {
    return {
      kind: 'console',
      code,
      url: this.instance.urls.consoleProject(this.project.slug, tab),
    };
  }

  documentation(code: JourneyActionCode, page: GuidePage): JourneyAction {
    return {
      kind: 'documentation',
      code,
      url: `${this.config.documentationUrl}/guide/${page}`,
    };
  }

  /** A link to a tool, or `null` when there is no URL to point at. */
  link(code: JourneyActionCode, url: string | null | undefined) {
    return url ? ({ kind: 'link', code, url } as JourneyAction) : null;
  }
}
