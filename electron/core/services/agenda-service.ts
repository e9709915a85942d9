import { CIVIC_TOPICS } from '../../../shared/domain/entry-vocabulary';
import { DUE_WHATS, type CivicSpaceQuery, type CivicSpaceView, type DueBucket, type DueWhat, type UpcomingItem } from '../../../shared/domain/agenda';
import { AppError } from '../../../shared/errors';
import type { EntriesRepository } from '../db/repositories/entries-repository';
import { summaryOf } from '../db/repositories/entries-repository';
import { localDay } from './consent-gate';
import type { EntriesService } from './entries-service';

/** Enough rows for any officer's weeks ahead; a longer list is no longer an agenda. */
const PER_WHAT = 200;
/** How many entries a civic-space topic shows; its total counts them all. */
const PER_TOPIC = 100;
const COUNTRIES = 500;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Local midnight starting the day, as an instant: periods are the officer's calendar days. */
function startOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

function bucketOf(due: string, today: string): DueBucket {
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  return due <= addDays(today, 6) ? 'week' : 'later';
}

/**
 * The officer's calendar views over the 'due:*' and classification facets: what comes due
 * (Upcoming), and what was filed per civic-space topic in a country and period.
 */
export class AgendaService {
  constructor(
    private readonly repo: EntriesRepository,
    private readonly entries: EntriesService,
    private readonly now: () => Date,
  ) {}

  /** Overdue first (most overdue at the top), then today, this week, later; soonest first within each. */
  upcoming(days: number): UpcomingItem[] {
    const today = localDay(this.now());
    const horizon = addDays(today, days + 1);
    const rows = DUE_WHATS.flatMap((what: DueWhat) => {
      // A past hearing happened (or was adjourned again, in a later observation): not overdue.
      const from = what === 'hearing' ? today : '0000-01-01';
      return this.repo.dueFrom(`due:${what}`, from, PER_WHAT, horizon).map((row) => ({ ...row, what }));
    });
    rows.sort((a, b) => a.due.localeCompare(b.due) || a.seq - b.seq);
    const stored = new Map(this.repo.findManyBySeq(rows.map((r) => r.seq)).map((s) => [s.seq, s.entry]));
    return rows.flatMap(({ seq, due, what }) => {
      const entry = stored.get(seq);
      return entry ? [{ what, due, bucket: bucketOf(due, today), entry: summaryOf(entry) }] : [];
    });
  }

  /** Countries entries were filed under, in order. */
  countries(): string[] {
    return this.repo.facetValues('country', COUNTRIES);
  }

  /** Entries of the country that happened in the period (both days included), per topic. */
  civicSpace({ country, from, until }: CivicSpaceQuery): CivicSpaceView {
    if (until < from) throw new AppError('INVALID_INPUT', 'until: the period ends before it starts.');
    const period = { from: startOf(from), until: startOf(addDays(until, 1)) };
    return {
      topics: CIVIC_TOPICS.map((topic) => {
        const page = this.entries.list({ ...period, facets: [{ facet: 'country', value: country }, { facet: 'topic', value: topic }], limit: PER_TOPIC, offset: 0 });
        return { topic, total: page.total, entries: page.entries };
      }),
    };
  }
}
