/** Defender cases (the case kind's editor and the Cases place), Upcoming and the civic-space view. */
export { CasesView } from './CasesView';
export { UpcomingView } from './UpcomingView';
export { CivicSpaceView } from './CivicSpaceView';
