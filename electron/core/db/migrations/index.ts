import type { Database } from 'better-sqlite3-multiple-ciphers';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-drafts';
import * as m0003 from './0003-vault-meta';
import * as m0004 from './0004-entry-events';
import * as m0005 from './0005-draft-kept-on-purpose';
import * as m0006 from './0006-audit-log';
import * as m0007 from './0007-entry-kinds';
import * as m0008 from './0008-people-and-consent';
import * as m0009 from './0009-trial-details';
import * as m0010 from './0010-search-index-prefixes';
import * as m0011 from './0011-case-details';
import * as m0012 from './0012-attachments';
import * as m0013 from './0013-entry-facts';
import * as m0014 from './0014-bundles';
import * as m0015 from './0015-bundle-imports';
import * as m0016 from './0016-search-index-without-prefixes';
import * as m0017 from './0017-entry-kind-by-seq';
import * as m0018 from './0018-imported-attachments-and-people';
import * as m0019 from './0019-compact-list-keys';
import * as m0020 from './0020-time-indexes-by-rowid';
import * as m0021 from './0021-search-index-merge-fanout';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** In order; versions are consecutive from 1. */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012, m0013, m0014, m0015, m0016, m0017, m0018, m0019, m0020, m0021];
