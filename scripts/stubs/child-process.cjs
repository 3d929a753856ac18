// Bundled in place of node:child_process for the CLI. Commander requires it only
// to run external executable subcommands, which cchc does not have; loading the
// real module (with net, dgram, readline …) costs milliseconds at every start.
function unsupported() {
  throw new Error('cchc has no external subcommands');
}
module.exports = { spawn: unsupported, execFile: unsupported, exec: unsupported, fork: unsupported };
