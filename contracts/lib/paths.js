'use strict';
// Where things live. Everything generated goes under contracts/build/ (git-ignored).
const path = require('node:path');
const os = require('node:os');

const root = path.resolve(__dirname, '..');
const build = path.join(root, 'build');

function defaultStateDir() {
  const base = process.env.XDG_DATA_HOME && process.env.XDG_DATA_HOME.trim() !== ''
    ? process.env.XDG_DATA_HOME
    : path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'plinth', 'devnet');
}

module.exports = {
  root,
  src: path.join(root, 'src'),
  lib: path.join(root, 'lib'),
  nodeModules: path.join(root, 'node_modules'),
  build,
  artifacts: path.join(build, 'artifacts'),
  fixture: path.join(build, 'fixture'),
  defaultStateDir,
};
