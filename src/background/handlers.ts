// One handler per request type. Each resolves only once its write is committed.
import type { AttuneDB } from '../store/db';
import type { ProfileService } from './profile-service';
import { getSettings, saveSettings } from '../store/settings';
import { previewSteering, steeringForDraft } from './steering-service';
import type { Payload, RequestType, Result, SiteHealth } from '../shared/protocol';
import { deleteAll, getInlineRatings, getStats, observeResponse, recordChoice, setRating } from '../store/judgments';

export interface HandlerContext {
  db: () => Promise<AttuneDB>;
  /** Called after judgments changed (the model refits, debounced). */
  judgmentsChanged: () => void;
  health: Map<string, SiteHealth>;
  profiles?: ProfileService;
  /** Tells every assistant tab that stored ratings changed (null = all of them), so open tabs redraw. */
  ratingsChanged?: (keys: string[] | null) => void;
}

function profiles(ctx: HandlerContext): ProfileService {
  if (!ctx.profiles) throw new Error('the profile service is not running');
  return ctx.profiles;
}

type Handlers = { [K in RequestType]: (payload: Payload<K>, ctx: HandlerContext) => Promise<Result<K>> };

export const handlers: Handlers = {
  async 'response/observe'({ response }, ctx) {
    const stored = await observeResponse(await ctx.db(), response);
    if (stored) ctx.judgmentsChanged();
    return { stored };
  },
  async 'rating/set'({ response, source, label }, ctx) {
    const result = await setRating(await ctx.db(), response, source, label);
    ctx.judgmentsChanged();
    if (source === 'inline') ctx.ratingsChanged?.([response.key]);
    return { label: result };
  },
  async 'rating/get'({ keys }, ctx) {
    return { ratings: await getInlineRatings(await ctx.db(), keys) };
  },
  async 'choice/record'({ choice }, ctx) {
    const id = await recordChoice(await ctx.db(), choice);
    ctx.judgmentsChanged();
    return { id };
  },
  async 'health/report'({ health }, ctx) {
    ctx.health.set(health.site, health);
    return { stored: true };
  },
  async 'stats/get'(_payload, ctx) {
    return getStats(await ctx.db());
  },
  async 'health/get'({ site }, ctx) {
    return { health: ctx.health.get(site) ?? null };
  },
  async 'data/delete-all'(_payload, ctx) {
    const deleted = await deleteAll(await ctx.db());
    ctx.health.clear();
    ctx.judgmentsChanged();
    ctx.ratingsChanged?.(null);
    return { deleted };
  },
  async 'profile/get'(_payload, ctx) {
    return { profile: await profiles(ctx).current() };
  },
  async 'settings/get'(_payload, ctx) {
    return { settings: await getSettings(await ctx.db()) };
  },
  async 'settings/set'({ settings }, ctx) {
    return { settings: await saveSettings(await ctx.db(), settings) };
  },
  async 'steering/preview'({ context }, ctx) {
    const [profile, settings] = await Promise.all([profiles(ctx).current(), getSettings(await ctx.db())]);
    return previewSteering(profile, settings.steering, context);
  },
  async 'steering/compose'({ draft }, ctx) {
    const [profile, settings] = await Promise.all([profiles(ctx).current(), getSettings(await ctx.db())]);
    return { text: steeringForDraft(profile, settings.steering, draft) };
  },
  async 'steering/settings'({ site }, ctx) {
    const { steering } = await getSettings(await ctx.db());
    return { autoInsert: Object.hasOwn(steering.autoInsert, site) && steering.autoInsert[site] === true };
  },
};
