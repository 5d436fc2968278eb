import type { SessionAnalysis } from '@crossborder/report';
import type { Scenario } from '@crossborder/scenario';
import type { RequestNamer } from '../i18n.js';
import { requestBetween } from '../team/about.js';
import { dayTime } from '../time.js';

/** A game time as the debrief says it ("Day 2, 14:05"); a dash for none. */
export function when(minutes: number | null): string {
  return minutes === null ? '—' : dayTime(minutes);
}

/** The debrief names a request as anyone but its two countries would: kind, from whom to whom, when. */
export function debriefNamer(scenario: Scenario, analysis: SessionAnalysis): RequestNamer {
  const { requests } = analysis.state;
  return (id) => {
    const request = requests[id];
    return request ? requestBetween(scenario.countries, request, requests) : undefined;
  };
}
