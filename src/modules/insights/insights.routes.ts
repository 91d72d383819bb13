// HTTP for market insights (GET /api/v1/insights/...): public, read-only; validate the query,
// call the service. Suppression of small cells happens in the service, never here.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  DemandInsight,
  OfferCheck,
  OfferQuery,
  SalaryInsight,
  SalaryQuery,
  ScopeQuery,
  SkillsInsight,
  WorkModeInsight,
} from './insights.schema.ts';
import type { InsightsService } from './insights.service.ts';

const tags = ['insights'];

export const insightsRoutes: FastifyPluginAsyncTypebox<{ insights: InsightsService }> = async (
  app,
  { insights },
) => {
  app.get(
    '/insights/salaries',
    { schema: { tags, querystring: SalaryQuery, response: { 200: SalaryInsight } } },
    async (req) => insights.salaries(req.query),
  );
  app.get(
    '/insights/demand',
    { schema: { tags, querystring: ScopeQuery, response: { 200: DemandInsight } } },
    async (req) => insights.demand(req.query),
  );
  app.get(
    '/insights/work-modes',
    { schema: { tags, querystring: ScopeQuery, response: { 200: WorkModeInsight } } },
    async (req) => insights.workModes(req.query),
  );
  app.get(
    '/insights/skills',
    {
      schema: {
        tags,
        querystring: Type.Object(
          {
            ...ScopeQuery.properties,
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 30, default: 10 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: SkillsInsight },
      },
    },
    async (req) => insights.skills(req.query),
  );
  app.get(
    '/insights/offer-check',
    { schema: { tags, querystring: OfferQuery, response: { 200: OfferCheck } } },
    async (req) => insights.offerCheck(req.query),
  );
};
