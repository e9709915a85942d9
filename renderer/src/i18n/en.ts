import { common } from './en/common';
import { vault } from './en/vault';
import { notebook } from './en/notebook';
import { search } from './en/search';
import { settings } from './en/settings';
import { shell } from './en/shell';
import { richText } from './en/rich-text';
import { jobs } from './en/jobs';
import { audit } from './en/audit';
import { records } from './en/records';
import { trial } from './en/trial';
import { cases } from './en/cases';
import { meeting } from './en/meeting';
import { people } from './en/people';
import { consent } from './en/consent';
import { filters } from './en/filters';
import { versions } from './en/versions';
import { attachments } from './en/attachments';
import { attachmentViewer } from './en/attachment-viewer';
import { bundles } from './en/bundles';
import { exportMetadata } from './en/export-metadata';
import { exportSelection } from './en/export-selection';

/**
 * The source of truth for every user-visible string, one file per feature under en/ (and its
 * twin under ar/). ar.ts must have exactly these keys (enforced by the Catalog type).
 * Placeholders are `{name}`; plural messages pick a form with Intl.PluralRules and receive the
 * formatted number as `{count}`.
 */
export const en = { ...common, ...vault, ...notebook, ...search, ...settings, ...shell, ...richText, ...jobs, ...audit, ...records, ...trial, ...meeting, ...people, ...consent, ...filters, ...versions, ...cases, ...attachmentViewer, ...attachments, ...bundles, ...exportMetadata, ...exportSelection } as const;
