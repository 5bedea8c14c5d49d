import { Router } from 'express';
import { escapeHtml } from '../util/html';
import type { ConsoleStore } from './store/ConsoleStore';

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#161616}code{background:#eee;padding:0 .2rem}</style>
</head><body>${body}</body></html>`;
}

/**
 * Minimal pages at the console UI's deep links, so "open in console" links
 * from Backstage land somewhere. They only show public identifiers.
 */
export function uiPages(store: ConsoleStore): Router {
  const router = Router();

  router.get('/', (_req, res) => {
    res.type('html').send(
      page(
        'Console Cloud π Native (sandbox)',
        `<h1>Console Cloud π Native — sandbox</h1>
<p>Cette console de démonstration n'expose que son API : <code>/api/v1</code> et <code>/api/v2</code>.</p>`,
      ),
    );
  });

  router.get('/projects/:slug', (req, res) => {
    const project = store.projects.findUnique('slug', req.params.slug);
    if (!project) {
      res
        .status(404)
        .type('html')
        .send(page('Projet introuvable', '<h1>Projet introuvable</h1>'));
      return;
    }
    res.type('html').send(
      page(
        `Projet ${project.name}`,
        `<h1>Projet ${escapeHtml(project.name)}</h1>
<p>Slug : <code>${escapeHtml(project.slug)}</code> — identifiant : <code>${
          project.id
        }</code></p>
<p>Statut : ${escapeHtml(project.status)}${
          project.locked ? ' (verrouillé)' : ''
        }</p>
<p>Console de démonstration : consultez le projet via l'API <code>/api/v1/projects/${escapeHtml(
          project.slug,
        )}</code>.</p>`,
      ),
    );
  });

  return router;
}
