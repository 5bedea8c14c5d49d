import type { Request, Response, Router } from 'express';
import { variableJson } from '../gitlabJson';
import type { CiVariable } from '../gitlabStore';
import { paginate } from '../pagination';
import {
  boolParam,
  sendMessage,
  sendMissing,
  stringParam,
  type GitlabApiContext,
} from './gitlabApiContext';

const KEY = /^[a-zA-Z0-9_]+$/;
/** GitLab's rule for maskable values: ≥ 8 chars from the base64 alphabet plus `@:.~-`. */
const MASKABLE = /^[a-zA-Z0-9_+=/@:.~-]{8,}$/;

/** CI/CD variable CRUD for `/projects/:id/variables` or `/groups/:id/variables`. */
export function registerVariableRoutes(
  router: Router,
  ctx: GitlabApiContext,
  kind: 'projects' | 'groups',
): void {
  const load = (
    req: Request,
    res: Response,
  ): Map<string, CiVariable> | undefined => {
    const owner =
      kind === 'projects'
        ? ctx.view.store.findProject(req.params.id)
        : ctx.view.store.findGroup(req.params.id);
    if (!owner) {
      sendMessage(
        res,
        404,
        kind === 'projects' ? '404 Project Not Found' : '404 Group Not Found',
      );
      return undefined;
    }
    return owner.variables;
  };
  const base = `/${kind}/:id/variables`;

  router.get(base, (req, res) => {
    const variables = load(req, res);
    if (!variables) return;
    res.json(
      paginate(req, res, [...variables.values()], ctx.apiBaseUrl).map(
        variableJson,
      ),
    );
  });

  router.get(`${base}/:key`, (req, res) => {
    const variables = load(req, res);
    if (!variables) return;
    const variable = variables.get(req.params.key);
    if (!variable) sendMessage(res, 404, '404 Variable Not Found');
    else res.json(variableJson(variable));
  });

  router.post(base, (req, res) => {
    const variables = load(req, res);
    if (!variables) return;
    const key = stringParam(req, 'key');
    const value = stringParam(req, 'value');
    const missing = [!key && 'key', value === undefined && 'value'].filter(
      Boolean,
    ) as string[];
    if (missing.length) {
      sendMissing(res, ...missing);
      return;
    }
    if (!KEY.test(key!)) {
      sendMessage(res, 400, {
        key: ["can contain only letters, digits and '_'."],
      });
      return;
    }
    if (variables.has(key!)) {
      sendMessage(res, 400, { key: [`(${key}) has already been taken`] });
      return;
    }
    const variable = buildVariable(req, key!, value!);
    if (variable.masked && !MASKABLE.test(variable.value)) {
      sendMessage(res, 400, { value: ['is invalid'] });
      return;
    }
    variables.set(key!, variable);
    res.status(201).json(variableJson(variable));
  });

  router.put(`${base}/:key`, (req, res) => {
    const variables = load(req, res);
    if (!variables) return;
    const existing = variables.get(req.params.key);
    if (!existing) {
      sendMessage(res, 404, '404 Variable Not Found');
      return;
    }
    const updated = buildVariable(
      req,
      existing.key,
      stringParam(req, 'value') ?? existing.value,
      existing,
    );
    if (updated.masked && !MASKABLE.test(updated.value)) {
      sendMessage(res, 400, { value: ['is invalid'] });
      return;
    }
    variables.set(existing.key, updated);
    res.json(variableJson(updated));
  });

  router.delete(`${base}/:key`, (req, res) => {
    const variables = load(req, res);
    if (!variables) return;
    if (!variables.delete(req.params.key)) {
      sendMessage(res, 404, '404 Variable Not Found');
      return;
    }
    res.status(204).end();
  });
}

function buildVariable(
  req: Request,
  key: string,
  value: string,
  previous?: CiVariable,
): CiVariable {
  const maskedAndHidden = boolParam(req, 'masked_and_hidden');
  return {
    key,
    value,
    variableType:
      (stringParam(req, 'variable_type') ?? previous?.variableType) === 'file'
        ? 'file'
        : 'env_var',
    protected: boolParam(req, 'protected') ?? previous?.protected ?? false,
    masked:
      maskedAndHidden ||
      (boolParam(req, 'masked') ?? previous?.masked ?? false),
    hidden: previous?.hidden ?? maskedAndHidden ?? false,
    raw: boolParam(req, 'raw') ?? previous?.raw ?? false,
    environmentScope:
      stringParam(req, 'environment_scope') ??
      previous?.environmentScope ??
      '*',
    description:
      stringParam(req, 'description') ?? previous?.description ?? null,
  };
}
