import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { TextKey } from '../../i18n/catalog';
import { ShortcutHint } from './ShortcutHint';
import { ariaKeys, type ShortcutId } from './shortcuts';

export interface SidebarItem {
  name: string;
  label: TextKey;
  shortcut?: ShortcutId;
}

interface SidebarProps {
  items: readonly SidebarItem[];
  current: string;
  onSelect: (name: string) => void;
  /** The strongest control of the notebook, above the places. */
  primary: ReactNode;
}

/** The notebook's places, from the route registry; a new place is a registry entry, not a branch here. */
export function Sidebar({ items, current, onSelect, primary }: SidebarProps) {
  const { t } = useI18n();
  return (
    <nav className="sidebar" aria-label={t('app.nav')}>
      {primary}
      <ul className="sidebar__list">
        {items.map((item) => (
          <li key={item.name}>
            <button
              type="button"
              className="sidebar__item"
              aria-current={item.name === current ? 'page' : undefined}
              aria-keyshortcuts={item.shortcut ? ariaKeys(item.shortcut) : undefined}
              onClick={() => onSelect(item.name)}
            >
              <span>{t(item.label)}</span>
              {item.shortcut ? <ShortcutHint id={item.shortcut} /> : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
