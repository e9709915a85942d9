#!/bin/bash
# Fieldnotes deb post-install, based on electron-builder's default template with three changes:
# the command and menu entry run the core-dump-free launcher, the install tree is forced
# root-owned and not writable by others (so the user account cannot flip fuses back or swap
# app.asar), and nothing here touches the network.
set -e

chown -R root:root '/opt/${sanitizedProductName}'
chmod -R go-w '/opt/${sanitizedProductName}'
chmod 0755 '/opt/${sanitizedProductName}/fieldnotes-launcher.sh'

if type update-alternatives >/dev/null 2>&1; then
    if [ -L '/usr/bin/${executable}' -a -e '/usr/bin/${executable}' -a "`readlink '/usr/bin/${executable}'`" != '/etc/alternatives/${executable}' ]; then
        rm -f '/usr/bin/${executable}'
    fi
    update-alternatives --install '/usr/bin/${executable}' '${executable}' '/opt/${sanitizedProductName}/fieldnotes-launcher.sh' 100 || ln -sf '/opt/${sanitizedProductName}/fieldnotes-launcher.sh' '/usr/bin/${executable}'
else
    ln -sf '/opt/${sanitizedProductName}/fieldnotes-launcher.sh' '/usr/bin/${executable}'
fi

# Chromium's sandbox: user namespaces where the kernel allows them, else the SUID helper.
if ! { [[ -L /proc/self/ns/user ]] && unshare --user true; }; then
    chmod 4755 '/opt/${sanitizedProductName}/chrome-sandbox' || true
else
    chmod 0755 '/opt/${sanitizedProductName}/chrome-sandbox' || true
fi

if hash update-desktop-database 2>/dev/null; then
    update-desktop-database /usr/share/applications || true
fi

# AppArmor profile (Ubuntu 24+ restricts unprivileged user namespaces without one).
if apparmor_status --enabled > /dev/null 2>&1; then
  APPARMOR_PROFILE_SOURCE='/opt/${sanitizedProductName}/resources/apparmor-profile'
  APPARMOR_PROFILE_TARGET='/etc/apparmor.d/${executable}'
  if apparmor_parser --skip-kernel-load --debug "$APPARMOR_PROFILE_SOURCE" > /dev/null 2>&1; then
    cp -f "$APPARMOR_PROFILE_SOURCE" "$APPARMOR_PROFILE_TARGET"
    if ! { [ -x '/usr/bin/ischroot' ] && /usr/bin/ischroot; } && hash apparmor_parser 2>/dev/null; then
      apparmor_parser --replace --write-cache --skip-read-cache "$APPARMOR_PROFILE_TARGET"
    fi
  fi
fi
