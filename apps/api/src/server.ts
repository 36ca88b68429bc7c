import { ensureFirstAdmin } from './auth/bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { initORM } from './db/orm.js';
import { createApp } from './http/app.js';
import { pruneAuditEvents } from './modules/audit/retention.js';

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
  const { server } = createApp({
    orm,
    exposeErrors: !config.production,
    concurrency: config.apiConcurrency,
    corsOrigins: config.corsOrigins,
    publicIntrospection: config.publicIntrospection,
    rateLimit: config.rateLimit,
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
  const stop = async () => {
    server.close();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // A configuration mistake is the operator's to fix: one line, no stack.
  if (error instanceof ConfigError) console.error(`bitgoeul: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
