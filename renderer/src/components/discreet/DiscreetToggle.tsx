import { useI18n } from '../../i18n/use-i18n';
import { DISCREET_SHORTCUT, setDiscreet, useDiscreetScreen, useDiscreetShortcut } from './discreet-screen';

function shortcutLabel(): string {
  return /Mac/i.test(navigator.platform) ? '⌘⇧D' : 'Ctrl+Shift+D';
}

/** The discreet screen's button and state: pressed while lists hide their text; also the shortcut's listener. */
export function DiscreetToggle() {
  const { t } = useI18n();
  const discreet = useDiscreetScreen();
  useDiscreetShortcut();
  return (
    <div className="discreet-toggle">
      <button
        type="button"
        className="button button--small discreet-toggle__button"
        aria-pressed={discreet}
        aria-keyshortcuts={DISCREET_SHORTCUT.ariaKeys}
        onClick={() => setDiscreet(!discreet)}
      >
        {t('discreet.button')}
        <kbd className="shortcut-hint" dir="ltr" aria-hidden="true">
          {shortcutLabel()}
        </kbd>
      </button>
      {discreet ? (
        <p className="discreet-toggle__state" role="status">
          {t('discreet.on')}
        </p>
      ) : null}
    </div>
  );
}
