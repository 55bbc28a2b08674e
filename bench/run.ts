// `npm run bench`: performance figures against the targets in the issues, as a table with
// ratios. Figures, not pass/fail tests: timings on a busy machine vary.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchAccountRules, benchAccounts, benchAppRun, benchSalesSide, benchSimulator, type SimulatorFigures } from './simulator';
import { benchEditor } from './editor';
import { benchCompile, benchPreviewLatency } from './templates';
import { benchExport, benchImport } from './export';

const here = path.dirname(fileURLToPath(import.meta.url)); // out/main
const root = path.resolve(here, '../..');

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function printAccounts(): Promise<void> {
  const { alone, together } = await benchAccounts(root, path.join(here, 'simWorker.js'));
  const ratio = together.cpuSeconds / alone.cpuSeconds;
  console.log(`  buying centres, 1M contacts on this thread: alone ${fmt(alone.cpuSeconds, 2)} CPU s (${fmt(alone.steps)} steps); in ${fmt(together.accounts)} accounts (${fmt(together.meanContacts, 2)} contacts each), run together ${fmt(together.cpuSeconds, 2)} CPU s (${fmt(together.steps)} steps, ${fmt(together.handedOver)} account hand-offs, ${fmt(together.joined)} colleagues joined, ${fmt(together.wonAccounts)} accounts won)`);
  console.log(`  accounts within 1.5× of alone  ${fmt(ratio, 2)}×        ${fmt(ratio / 1.5, 2)}× ${ratio <= 1.5 ? '(met)' : '(missed)'}`);
  const rules = await benchAccountRules(root, path.join(here, 'simWorker.js'));
  console.log(`  with conditions on the account (buying-centre sample, ${fmt(rules.count)} contacts): alone ${fmt(rules.alone, 2)} CPU s, together ${fmt(rules.together, 2)} CPU s = ${fmt(rules.together / rules.alone, 1)}× (contacts run again when what they read of colleagues changed; no target)`);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const wants = (name: string) => only.length === 0 || only.includes(name);
  console.log(`Nurture Studio benchmarks — ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);

  if (wants('simulator')) {
    const workers = process.env.BENCH_WORKERS !== undefined ? Number(process.env.BENCH_WORKERS) : Math.max(1, Math.min(2, os.cpus().length));
    console.log(`Simulator: whitepaper sample, default persona mix, 90 days, ${workers} worker threads (1M runs and the floor: best of 3, taken in turns)`);
    const bench = await benchSimulator(root, path.join(here, 'simWorker.js'), workers);
    const figures = bench.sizes;
    console.log('  prospects  threads     seconds   prospects/s      steps/s   ns/step   CPU ns/step   CPU s   peak RSS');
    const line = (f: SimulatorFigures, threads: string) =>
      console.log(
        `  ${fmt(f.prospects).padStart(9)} ${threads.padStart(8)} ${fmt(f.seconds, 2).padStart(11)} ${fmt(f.prospectsPerSecond).padStart(13)} ${fmt(f.stepsPerSecond).padStart(12)} ${fmt(f.nsPerStep).padStart(9)} ${fmt(f.cpuNsPerStep).padStart(13)} ${fmt(f.cpuSeconds, 2).padStart(7)} ${fmt(f.peakRssMb).padStart(7)} MB`,
      );
    const threads = (f: SimulatorFigures) => (f.workers === 0 ? 'main' : `${f.workers} wk`);
    for (const f of figures) if (![bench.oneThread, bench.oneWorker, bench.twoWorkers].includes(f)) line(f, threads(f));
    line(bench.oneThread, 'main');
    line(bench.oneWorker, '1 wk');
    line(bench.twoWorkers, '2 wk');
    const { oneThread, floor } = bench;
    console.log(
      `  floor (same ${fmt(oneThread.prospects)} prospects, ${fmt(oneThread.steps)} steps, ${fmt(oneThread.emails)} emails; sfc32, log-normal delays, event heap): ${fmt(floor.seconds, 2)} s, ${fmt(floor.nsPerStep, 1)} ns/step, CPU ${fmt(floor.cpuNsPerStep, 1)} ns/step (checksum ${floor.checksum})`,
    );
    console.log('  (one-thread figures: the run and the floor on this thread, with its CPU time, so other processes taking the core do not count; CPU s of runs with workers: the whole process)');
    const f100k = figures.find((f) => f.prospects === 100_000)!;
    const f1m = figures.find((f) => f.prospects === 1_000_000)!;
    const linear = f1m.seconds / f100k.seconds / 10;
    const toFloor = oneThread.cpuNsPerStep / floor.cpuNsPerStep;
    const toFloorWall = oneThread.nsPerStep / floor.nsPerStep;
    const speedUp = bench.oneWorker.seconds / bench.twoWorkers.seconds;
    const parallel = bench.twoWorkers.cpuSeconds / bench.twoWorkers.seconds;
    console.log('  target                         figure      ratio to target');
    console.log(`  one thread within 8× floor     ${fmt(oneThread.cpuNsPerStep)} CPU ns/step = ${fmt(toFloor, 1)}× floor (wall: ${fmt(toFloorWall, 1)}×)   ${fmt(toFloor / 8, 2)}× ${toFloor <= 8 ? '(met)' : '(missed)'}`);
    console.log(`  2 workers ≥ 1.7× one worker    ${fmt(speedUp, 2)}× (the run kept ${fmt(parallel, 2)} cores busy)   ${fmt(1.7 / speedUp, 2)}× ${speedUp >= 1.7 ? '(met)' : '(missed)'}`);
    console.log(`  100k prospects < 1 s           ${fmt(f100k.seconds, 2)} s     ${fmt(f100k.seconds / 1, 2)}× ${f100k.seconds < 1 ? '(met)' : '(missed)'}`);
    console.log(`  1M prospects < 8 s             ${fmt(f1m.seconds, 2)} s     ${fmt(f1m.seconds / 8, 2)}× ${f1m.seconds < 8 ? '(met)' : '(missed)'}`);
    const peak = bench.twoWorkers.peakRssMb;
    console.log(`  peak RSS < 1 GB (1M, 2 wk)     ${fmt(peak)} MB   ${fmt(peak / 1024, 2)}× ${peak < 1024 ? '(met)' : '(missed)'}`);
    console.log(`  linear cost (1M/100k ÷ 10)     ${fmt(linear, 2)}      ${linear < 1.3 ? '(linear)' : '(super-linear)'}`);
    for (const routing of ['asShipped', 'everyLeadAnswered'] as const) {
      const salesSide = await benchSalesSide(root, path.join(here, 'simWorker.js'), routing);
      const salesRatio = salesSide.on.cpuSeconds / salesSide.off.cpuSeconds;
      const what = routing === 'asShipped' ? 'routing as shipped' : 'no routing rules, so every hand-off is answered at once';
      console.log(
        `  sales side, 1M on this thread, ${what}: off ${fmt(salesSide.off.cpuSeconds, 2)} CPU s (${fmt(salesSide.off.steps)} steps); on ${fmt(salesSide.on.cpuSeconds, 2)} CPU s (${fmt(salesSide.on.steps)} steps, ${fmt(salesSide.on.handedOff)} hand-offs, ${fmt(salesSide.on.accepted)} accepted, ${fmt(salesSide.on.won)} won)`,
      );
      console.log(`  sales on within 1.25× of off   ${fmt(salesRatio, 2)}×        ${fmt(salesRatio / 1.25, 2)}× ${salesRatio <= 1.25 ? '(met)' : '(missed)'}`);
    }
    await printAccounts();
    const app = await benchAppRun(path.join(here, 'simWorker.js'), workers);
    console.log(`  in the app's service, ${fmt(app.prospects)} prospects: run and store ${fmt(app.runSeconds, 2)} s (per-prospect rows ${fmt(app.storedRowsMb, 1)} MB), peak RSS ${fmt(app.runPeakRssMb)} MB;`);
    console.log(`  CSV export streamed to a file ${fmt(app.csvSeconds, 2)} s for ${fmt(app.csvMb, 1)} MB (resident memory rose ${fmt(app.csvRssGrowthMb)} MB meanwhile)`);
    console.log(`  target: CSV of 1M prospects < 2 s       ratio ${fmt(app.csvSeconds / 2, 2)}× ${app.csvSeconds < 2 ? '(met)' : '(missed)'}\n`);
  }

  // Also on its own: `npm run bench -- accounts`.
  if (only.includes('accounts') && !wants('simulator')) await printAccounts();

  if (wants('templates')) {
    console.log('Templates: compile time of each starter template (mjml 5, 20 runs each, after one warm-up)');
    const rows = await benchCompile(root);
    console.log('  template                              HTML KB   median ms   p95 ms');
    for (const r of rows) console.log(`  ${r.id.padEnd(36)} ${fmt(r.htmlKb, 1).padStart(8)} ${fmt(r.median, 1).padStart(11)} ${fmt(r.p95, 1).padStart(8)}`);
    const all = rows.map((r) => r.median);
    console.log(`  all starters: median of medians ${fmt(quantileOf(all, 0.5), 1)} ms, slowest p95 ${fmt(Math.max(...rows.map((r) => r.p95)), 1)} ms`);
    // "Product details" compiles to the largest HTML of the starters (with its image and list).
    const latency = await benchPreviewLatency(root, 'Product details');
    if ('skipped' in latency) console.log(`  preview latency: skipped (${latency.skipped})`);
    else {
      console.log(`  preview latency after a keystroke (largest starter, “Product details”, in Chromium; includes the 60 ms typing pause): median ${fmt(latency.median)} ms, p95 ${fmt(latency.p95)} ms, max ${fmt(latency.max)} ms`);
      console.log(`  target: preview updated within 150 ms        ratio ${fmt(latency.p95 / 150, 2)}× (p95) ${latency.p95 < 150 ? '(met)' : '(missed)'}\n`);
    }
  }

  if (wants('export')) {
    console.log('Export: a generated 1,000-step journey to each sending platform, adapter and JSON (20 runs after a warm-up)');
    const figures = benchExport();
    const baseline = figures[0]!;
    console.log('  target                 median ms   p95 ms   actions/events   file KB   × baseline');
    for (const f of figures) {
      console.log(`  ${f.target.padEnd(22)} ${fmt(f.medianMs, 1).padStart(9)} ${fmt(f.p95Ms, 1).padStart(8)} ${fmt(f.actions).padStart(16)} ${fmt(f.kb).padStart(9)} ${fmt(f.medianMs / baseline.medianMs, 1).padStart(11)}`);
    }
    for (const f of figures.slice(1)) {
      console.log(`  target: ${f.target} under 100 ms      p95 ${fmt(f.p95Ms, 1)} ms   ratio ${fmt(f.p95Ms / 100, 2)}× ${f.p95Ms < 100 ? '(met)' : '(missed)'}`);
    }
    console.log('  Import back: the Klaviyo and Mautic files of that journey read into a journey with the report');
    for (const f of benchImport()) console.log(`  ${f.from.padEnd(22)} ${fmt(f.medianMs, 1).padStart(9)} ${fmt(f.p95Ms, 1).padStart(8)}   ${fmt(f.steps)} steps`);
    console.log('');
  }

  if (wants('editor')) {
    console.log('Editor: a generated 1,000-step journey in Chromium, and bare React Flow with the same graph (median of 3 loads each).');
    console.log('  "View complete" = from navigation until every step inside the visible canvas is drawn and measured (same test on both pages).');
    const figures = await benchEditor(root);
    if ('skipped' in figures) console.log(`  skipped (${figures.skipped})`);
    else {
      const bare = figures.bare!;
      console.log('  page                 view complete       fps while panning');
      console.log(`  Nurture Studio      ${fmt(figures.ours.renderMs).padStart(10)} ms      ${fmt(figures.ours.fps, 1).padStart(8)}`);
      console.log(`  bare React Flow     ${fmt(bare.renderMs).padStart(10)} ms      ${fmt(bare.fps, 1).padStart(8)}`);
      const ratio = figures.ours.renderMs / bare.renderMs;
      console.log(`  target: view complete within 1.0× of bare   ratio ${fmt(ratio, 2)}× ${ratio <= 1 ? '(met)' : '(missed)'}`);
      console.log(`  target: at least 50 fps panning             ${fmt(figures.ours.fps, 1)} fps ${figures.ours.fps >= 50 ? '(met)' : '(missed)'}`);
      console.log('Editor: a generated 5,000-step journey (50 rows of 100) in Chromium, the editor alone (median of 3 loads).');
      const large = await benchEditor(root, { rows: 50, columns: 100, withBare: false });
      if ('skipped' in large) console.log(`  skipped (${large.skipped})`);
      else {
        console.log(`  Nurture Studio      ${fmt(large.ours.renderMs).padStart(10)} ms      ${fmt(large.ours.fps, 1).padStart(8)} fps   (${fmt(large.ours.renderMs / bare.renderMs, 2)}× the 1,000-step bare page's view)`);
        console.log(`  opens and pans: ${large.ours.fps >= 50 ? 'yes, at least 50 fps' : `yes, at ${fmt(large.ours.fps, 1)} fps (below 50)`}\n`);
      }
    }
  }
}

const quantileOf = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)]!;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
