'use strict';
// CommonJS so Electron's main process and plain Node load the same file.
module.exports = require('./build/Release/hardening.node');
