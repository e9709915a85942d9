import type { ComponentType } from 'react';
import { ExportView, HeadquartersView } from '../features/bundles';
import { CasesView, CivicSpaceView, UpcomingView } from '../features/cases';
import { NotebookList } from '../features/notebook/NotebookList';
import { ConsentView, PeopleView } from '../features/people';
import { SearchView } from '../features/search/SearchView';
import type { SidebarItem } from '../features/shell/Sidebar';
import { SettingsView } from '../features/settings/SettingsView';

/** What every place receives from the shell; a place takes what it needs. */
export interface PlaceProps {
  /** Opens an entry beside the list (wide window) or instead of it (narrow). */
  onOpen: (id: string) => void;
  /** The search text lives in memory in the shell, so it survives opening a result and coming back. */
  query: string;
  onQueryChange: (query: string) => void;
  /** Entries with a kept draft (unsaved text in the vault), for the list to mark. */
  pendingDrafts: ReadonlySet<string>;
  /** Grows by one each time the open entry is saved: a list beside it reloads its rows then. */
  savedCount: number;
}

export interface RouteDefinition extends SidebarItem {
  /** True for places that list entries: the open entry is shown beside them. */
  lists: boolean;
  View: ComponentType<PlaceProps>;
}

/**
 * The notebook's places, in sidebar order. The records issue adds Cases, People, Consent,
 * Civic space and Upcoming here (one entry each, with their screens); nothing else changes.
 */
export const ROUTES = [
  { name: 'notebook', label: 'nav.notes', lists: true, View: ({ onOpen, pendingDrafts, savedCount }) => <NotebookList onOpen={onOpen} pendingDrafts={pendingDrafts} savedCount={savedCount} /> },
  {
    name: 'search',
    label: 'nav.search',
    shortcut: 'search',
    lists: true,
    View: ({ onOpen, query, onQueryChange }) => <SearchView query={query} onQueryChange={onQueryChange} onOpen={onOpen} />,
  },
  { name: 'upcoming', label: 'nav.upcoming', lists: true, View: ({ onOpen, savedCount }) => <UpcomingView onOpen={onOpen} savedCount={savedCount} /> },
  { name: 'cases', label: 'nav.cases', lists: true, View: ({ onOpen, savedCount }) => <CasesView onOpen={onOpen} savedCount={savedCount} /> },
  { name: 'people', label: 'nav.people', lists: false, View: ({ onOpen }) => <PeopleView onOpenEntry={onOpen} /> },
  { name: 'consent', label: 'nav.consent', lists: false, View: () => <ConsentView /> },
  { name: 'civic-space', label: 'nav.civicSpace', lists: true, View: ({ onOpen }) => <CivicSpaceView onOpen={onOpen} /> },
  { name: 'export', label: 'nav.export', lists: false, View: () => <ExportView /> },
  { name: 'headquarters', label: 'nav.headquarters', lists: false, View: () => <HeadquartersView /> },
  { name: 'settings', label: 'nav.settings', lists: false, View: () => <SettingsView /> },
] as const satisfies readonly RouteDefinition[];

export type RouteName = (typeof ROUTES)[number]['name'];

export function routeOf(name: RouteName): RouteDefinition {
  return ROUTES.find((route) => route.name === name) ?? ROUTES[0];
}
