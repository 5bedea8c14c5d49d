import { Router, type Request, type Response } from 'express';
import {
  LabelSelectorError,
  matchesLabels,
  parseLabelSelector,
} from '../shared/labelSelector';
import { parseGoBool, queryString } from '../shared/queryParams';
import { livePods, namespacesIn, type ClusterView } from './clusterView';
import {
  groupVersionOf,
  resourcesOf,
  type ResourceDefinition,
} from './kubernetesResources';
import { registerDiscoveryRoutes } from './discoveryRoutes';
import { sendForbidden, sendStatus, sendUnknownPath } from './kubernetesStatus';
import {
  FieldSelectorError,
  decodeContinue,
  encodeContinue,
  parseFieldSelector,
} from './listSelection';
import { podLog } from './podLog';

const VERBS: Record<string, string> = {
  POST: 'create',
  PUT: 'update',
  PATCH: 'patch',
  DELETE: 'delete',
};

/**
 * A read-only Kubernetes API server of one cluster, to mount at
 * `/kubernetes/<cluster>`: discovery, `get`/`list` (label and field
 * selectors, `limit`/`continue`) for namespaces, quotas, workloads, metrics
 * and Argo CD Applications, pod logs, and `Status` errors.
 */
export function createKubernetesRouter(
  view: ClusterView,
  token: string,
  publicUrl: string,
): Router {
  const router = Router();

  router.use((req, res, next) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(
      req.header('authorization') ?? '',
    )?.[1];
    if (bearer !== token) {
      sendStatus(res, 401, 'Unauthorized', 'Unauthorized');
      return;
    }
    next();
  });

  registerDiscoveryRoutes(router, publicUrl);

  router.get('/api/v1/namespaces/:namespace/pods/:name/log', (req, res) => {
    const namespace = namespacesIn(view, req.params.namespace)[0];
    const found =
      namespace &&
      livePods(view, namespace).find(p => p.pod.name === req.params.name);
    if (!found) {
      sendStatus(res, 404, 'NotFound', `pods "${req.params.name}" not found`, {
        name: req.params.name,
        kind: 'pods',
      });
      return;
    }
    const lines = podLog(
      found.deployment.name,
      found.deployment.image,
      found.pod.createdAt,
      found.pod.state,
    );
    const tail = Number.parseInt(queryString(req, 'tailLines') ?? '', 10);
    res
      .type('text/plain')
      .send(`${(tail > 0 ? lines.slice(-tail) : lines).join('\n')}\n`);
  });

  const list = (
    req: Request,
    res: Response,
    resource: ResourceDefinition,
    all: Array<Record<string, any>>,
  ) => {
    let selected;
    try {
      const labels = parseLabelSelector(
        queryString(req, 'labelSelector') ?? '',
      );
      const fields = parseFieldSelector(
        queryString(req, 'fieldSelector') ?? '',
      );
      selected = all.filter(
        item => matchesLabels(labels, item.metadata?.labels) && fields(item),
      );
    } catch (error) {
      if (
        !(error instanceof LabelSelectorError) &&
        !(error instanceof FieldSelectorError)
      )
        throw error;
      sendStatus(res, 400, 'BadRequest', error.message);
      return;
    }
    const offset = decodeContinue(queryString(req, 'continue'));
    const limit = Number.parseInt(queryString(req, 'limit') ?? '', 10);
    const page =
      limit > 0
        ? selected.slice(offset, offset + limit)
        : selected.slice(offset);
    const next =
      limit > 0 && offset + limit < selected.length
        ? offset + limit
        : undefined;
    res.json({
      kind: `${resource.kind}List`,
      apiVersion: groupVersionOf(resource),
      metadata: {
        resourceVersion: view.store.resourceVersion,
        ...(next !== undefined
          ? {
              continue: encodeContinue(next),
              remainingItemCount: selected.length - next,
            }
          : {}),
      },
      items:
        resource.group === 'argoproj.io'
          ? page.map(item => withType(resource, item))
          : page,
    });
  };

  const serve = (
    req: Request,
    res: Response,
    target: {
      groupVersion: string;
      plural: string;
      namespace?: string;
      name?: string;
    },
  ) => {
    const resource = resourcesOf(target.groupVersion).find(
      r => r.plural === target.plural,
    );
    if (!resource || (target.namespace !== undefined && !resource.namespaced)) {
      sendUnknownPath(res);
      return;
    }
    const verb = target.name ? 'get' : 'list';
    if (resource.forbidden) {
      sendForbidden(
        res,
        verb,
        resource.plural,
        resource.group,
        target.namespace,
      );
      return;
    }
    if (parseGoBool(queryString(req, 'watch')) === true) {
      sendStatus(
        res,
        405,
        'MethodNotAllowed',
        'watch is not supported by this API server',
      );
      return;
    }
    const items = resource.items(view, target.namespace);
    if (target.name) {
      const item = items.find(i => i.metadata?.name === target.name);
      if (!item) {
        const qualified = `${resource.plural}${
          resource.group ? `.${resource.group}` : ''
        }`;
        sendStatus(
          res,
          404,
          'NotFound',
          `${qualified} "${target.name}" not found`,
          {
            name: target.name,
            ...(resource.group ? { group: resource.group } : {}),
            kind: resource.plural,
          },
        );
        return;
      }
      res.json(withType(resource, item));
      return;
    }
    list(req, res, resource, items);
  };

  router.get('/api/v1/namespaces/:namespace/:plural', (req, res) =>
    serve(req, res, { groupVersion: 'v1', ...req.params }),
  );
  router.get('/api/v1/namespaces/:namespace/:plural/:name', (req, res) =>
    serve(req, res, { groupVersion: 'v1', ...req.params }),
  );
  router.get('/api/v1/:plural', (req, res) =>
    serve(req, res, { groupVersion: 'v1', plural: req.params.plural }),
  );
  router.get('/api/v1/:plural/:name', (req, res) =>
    serve(req, res, {
      groupVersion: 'v1',
      plural: req.params.plural,
      name: req.params.name,
    }),
  );
  router.get(
    '/apis/:group/:version/namespaces/:namespace/:plural',
    (req, res) =>
      serve(req, res, {
        groupVersion: `${req.params.group}/${req.params.version}`,
        ...req.params,
      }),
  );
  router.get(
    '/apis/:group/:version/namespaces/:namespace/:plural/:name',
    (req, res) =>
      serve(req, res, {
        groupVersion: `${req.params.group}/${req.params.version}`,
        ...req.params,
      }),
  );
  router.get('/apis/:group/:version/:plural', (req, res) =>
    serve(req, res, {
      groupVersion: `${req.params.group}/${req.params.version}`,
      plural: req.params.plural,
    }),
  );
  router.get('/apis/:group/:version/:plural/:name', (req, res) =>
    serve(req, res, {
      groupVersion: `${req.params.group}/${req.params.version}`,
      plural: req.params.plural,
      name: req.params.name,
    }),
  );

  router.all(['/api/*', '/apis/*'], (req, res) => {
    const verb = VERBS[req.method];
    const match =
      /^\/apis?\/(?:([^/]+)\/)?v[^/]+\/(?:namespaces\/([^/]+)\/)?([^/]+)/.exec(
        req.path,
      );
    if (verb && match) {
      const group = req.path.startsWith('/apis/') ? match[1] ?? '' : '';
      sendForbidden(res, verb, match[3], group, match[2]);
      return;
    }
    sendUnknownPath(res);
  });
  router.use((_req, res) => sendUnknownPath(res));
  return router;
}

function withType(resource: ResourceDefinition, item: Record<string, any>) {
  return { apiVersion: groupVersionOf(resource), kind: resource.kind, ...item };
}
