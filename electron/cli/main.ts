// Entry point of the built CLI (out/main/cli.js), started by bin/nurture.js.
import { runCli } from './nurture';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
