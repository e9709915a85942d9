#!/bin/sh
# Fieldnotes launcher (Linux). Core dumps of a process holding an unlocked vault would put
# decrypted notes and the database key on disk; RLIMIT_CORE is inherited by every process
# Electron starts, and Node cannot set it from inside. So: no core files, then exec the app.
ulimit -c 0 || exit 1
exec /opt/Fieldnotes/fieldnotes "$@"
