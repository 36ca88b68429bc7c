import { ensureFirstAdmin } from './auth/bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { log } from './log.js';
import { pruneAuditEvents } from './modules/audit/retention.js';
import { startReleaseRunner } from './modules/statistics/observation-release.js';
import { createApp } from './wiring/app.js';
import { initORM } from './wiring/orm.js';

async function main() {
  const started = performance.now();
  const config = loadConfig();
  const orm = await initORM(config.database);
  const firstAdmin = await ensureFirstAdmin(orm.em.fork(), process.env);
  const pruned = await pruneAuditEvents(orm.em.fork(), config.auditRetentionDays);
  if (pruned > 0) {
    console.log(`Deleted ${pruned} audit events older than ${config.auditRetentionDays} days`);
  }
  if (firstAdmin) {
    console.log(
      firstAdmin.generatedPassword
        ? `First administrator created: ${firstAdmin.email} / ${firstAdmin.generatedPassword}\n` +
            '  (shown once; set BITGOEUL_ADMIN_EMAIL and BITGOEUL_ADMIN_PASSWORD to choose them yourself)'
        : `First administrator created: ${firstAdmin.email} (password from BITGOEUL_ADMIN_PASSWORD)`,
    );
  }
  const { server, lifecycle } = createApp({
    orm,
    exposeErrors: !config.production,
    concurrency: config.apiConcurrency,
    corsOrigins: config.corsOrigins,
    publicIntrospection: config.publicIntrospection,
    rateLimit: config.rateLimit,
  });
  // Records scheduled releases once their time has passed; the public's view never waits for it.
  const releases = startReleaseRunner(() => orm.em.fork(), {
    onError: (error) => log.error({ err: error }, 'release runner: a pass failed; the next one retries'),
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const where = config.database.kind === 'sqlite' ? config.database.path : 'PostgreSQL';
    console.log(
      `Bitgoeul is ready in ${Math.round(performance.now() - started)} ms (database: ${where})\n` +
        `  GraphQL  http://${config.host}:${port}/graphql\n` +
        `  Admin    http://${config.host}:${port}/`,
    );
  });
  // A stop lets what was accepted finish (at most BITGOEUL_SHUTDOWN_TIMEOUT), answering 503 to what
  // arrives meanwhile; only then is the store closed. A second signal stops at once.
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      log.error({ signal }, 'second signal: stopping without waiting for the requests in flight');
      process.exit(1);
    }
    stopping = true;
    log.info(
      { signal, inFlight: lifecycle.inFlight, timeoutMs: config.shutdownTimeoutMs },
      'stopping: draining',
    );
    const { forced, unfinished } = await lifecycle.drain(config.shutdownTimeoutMs);
    await releases.stop();
    if (forced) {
      log.error(
        { unfinished, timeoutMs: config.shutdownTimeoutMs },
        'stopped by the shutdown timeout: requests in flight were cut (BITGOEUL_SHUTDOWN_TIMEOUT)',
      );
    }
    // Unfinished requests may still hold connections: closing the store must not hang the exit.
    await Promise.race([orm.close(forced), new Promise((done) => setTimeout(done, 2000).unref())]);
    if (!forced) log.info('stopped');
    process.exit(forced ? 1 : 0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // A configuration mistake is the operator's to fix: one line, no stack.
  if (error instanceof ConfigError) console.error(`bitgoeul: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
