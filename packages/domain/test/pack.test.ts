/**
 * The package as another team gets it: packed by npm, installed from the tarball into an empty
 * project, typechecked there with strict NodeNext settings and run with plain node. This catches
 * what unit tests cannot — a missing file in `files`, a broken `exports` map, a .d.ts that leans on
 * something only our monorepo has, a runtime dependency we forgot to declare.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '..', '..');
const tsc = join(repoRoot, 'node_modules', '.bin', 'tsc');
const TIMEOUT = 180_000;

/**
 * `npm test -w` hands its children npm_config_* variables that describe *our* workspace (the local
 * prefix among them); an npm started with them would install into the monorepo, not the temp project.
 * Keep only what says where the registry and cache are.
 */
function consumerEnv(): NodeJS.ProcessEnv {
  const keep = /^npm_config_(cache|registry|userconfig|globalconfig|cafile|proxy|https_proxy|noproxy)$/i;
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || keep.test(key)),
  );
}

const consumerSource = `
import {
  type BenefitRule,
  baseFromYoy,
  computeEntitlement,
  formatIssue,
  type ObservationValues,
  validateObservation,
  yoyChange,
} from '@bitgoeul/domain';

const observation = {
  indicatorId: 'births',
  period: '2021-01/2021-04',
  value: '2,769',
  status: 'PROVISIONAL',
  sourceId: 'hankyung-2021',
};
const valid = validateObservation(observation, { frequency: 'MONTH' });
const refused = validateObservation({ ...observation, period: '2021' }, { frequency: 'MONTH' });
// The types are real, not any: a status outside the code list does not compile.
const status: ObservationValues['status'] | null = valid.ok ? valid.value.status : null;

const base = baseFromYoy('2769', '7.2');
const yoy = base === null ? null : yoyChange('2769', base);

const everyChild: BenefitRule['childOrders'] = ['FIRST', 'SECOND', 'THIRD_OR_LATER'];
const rules: BenefitRule[] = [
  {
    id: 'grant-2022-second', programId: 'birth-grant', name: { ko: '출생축하금', en: 'Birth grant' },
    kind: 'LUMP_SUM', amount: 1_500_000, months: null, childOrders: ['SECOND'],
    effectiveFrom: '2022-01-01', effectiveTo: null, sourceIds: [],
  },
  {
    id: 'allowance', programId: 'childcare-allowance', name: { ko: '육아수당', en: 'Childcare allowance' },
    kind: 'MONTHLY', amount: 200_000, months: 24, childOrders: everyChild,
    effectiveFrom: '2021-01-01', effectiveTo: null, sourceIds: [],
  },
];
const entitlement = computeEntitlement(rules, { birthDate: '2022-03-15', childOrder: 'SECOND' });
// @ts-expect-error FOURTH is not a child order
const wrongOrder: Parameters<typeof computeEntitlement>[1] = { birthDate: '2022-03-15', childOrder: 'FOURTH' };
void wrongOrder;

console.log(JSON.stringify({
  valid: valid.ok ? valid.value : null,
  status,
  refused: refused.ok ? null : refused.issues.map((issue) => issue.code),
  message: refused.ok ? null : formatIssue(refused.issues[0]!, 'en'),
  base,
  yoy,
  total: entitlement.total,
  payments: entitlement.payments.length,
}));
`;

const consumerTsconfig = {
  compilerOptions: {
    target: 'ES2022',
    // DOM rather than @types/node: the package must not need Node's types (zod's own .d.ts wants URL).
    lib: ['ES2022', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    // Check the published .d.ts files too: a consumer's project may not skip them.
    skipLibCheck: false,
    types: [],
    outDir: 'out',
    rootDir: '.',
  },
  files: ['consumer.mts'],
};

describe('the packed @bitgoeul/domain', () => {
  let workDir = '';
  let consumerDir = '';
  let manifest: Record<string, unknown> = {};
  let packedFiles: string[] = [];

  beforeAll(async () => {
    for (const file of ['dist/index.js', 'dist/index.d.ts']) {
      if (!existsSync(join(packageDir, file))) {
        throw new Error(
          `packages/domain/${file} is missing: build first with \`npm run build -w @bitgoeul/domain\` ` +
            '(`npm test` at the root builds before testing).',
        );
      }
    }
    workDir = mkdtempSync(join(tmpdir(), 'bitgoeul-domain-pack-'));
    const env = consumerEnv();
    const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', workDir], {
      cwd: packageDir,
      env,
      timeout: 60_000,
    });
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    if (!packed) throw new Error(`npm pack said nothing useful: ${stdout}`);
    packedFiles = packed.files.map((f) => f.path).sort();
    const tarball = join(workDir, packed.filename);

    const extracted = join(workDir, 'extracted');
    mkdirSync(extracted);
    await exec('tar', ['-xzf', tarball, '-C', extracted], { timeout: 30_000 });
    manifest = JSON.parse(readFileSync(join(extracted, 'package', 'package.json'), 'utf8'));

    consumerDir = join(workDir, 'consumer');
    mkdirSync(consumerDir);
    writeFileSync(
      join(consumerDir, 'package.json'),
      JSON.stringify({ name: 'bitgoeul-domain-consumer', private: true, type: 'module' }),
    );
    await exec('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: consumerDir,
      env,
      timeout: 120_000,
    });
  }, TIMEOUT);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('depends on zod and nothing else at run time', () => {
    expect(Object.keys((manifest.dependencies as Record<string, string>) ?? {})).toEqual(['zod']);
    expect(manifest.peerDependencies).toBeUndefined();
    expect(manifest.optionalDependencies).toBeUndefined();
  });

  it('ships the build, its types and the README, and no sources or tests', () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining(['README.md', 'dist/index.d.ts', 'dist/index.js', 'package.json']),
    );
    expect(
      packedFiles.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.includes('.test.')),
    ).toEqual([]);
  });

  it(
    'typechecks and runs in an empty project: validates, computes a YoY change and an entitlement',
    async () => {
      writeFileSync(join(consumerDir, 'consumer.mts'), consumerSource);
      writeFileSync(join(consumerDir, 'tsconfig.json'), JSON.stringify(consumerTsconfig, null, 2));
      await exec(tsc, ['-p', 'tsconfig.json'], { cwd: consumerDir, timeout: 60_000 }).catch(
        (error: { stdout?: string }) => {
          throw new Error(`tsc failed in the consumer project:\n${error.stdout ?? String(error)}`);
        },
      );
      const { stdout } = await exec(process.execPath, [join('out', 'consumer.mjs')], {
        cwd: consumerDir,
        timeout: 30_000,
      });
      expect(JSON.parse(stdout)).toEqual({
        valid: {
          indicatorId: 'births',
          period: '2021-01/2021-04',
          value: '2769',
          status: 'PROVISIONAL',
          sourceId: 'hankyung-2021',
          note: null,
        },
        status: 'PROVISIONAL',
        refused: ['PERIOD_FREQUENCY_MISMATCH'],
        message: 'period: period 2021 does not match the frequency (Monthly).',
        base: '2583',
        yoy: { difference: '186', percent: '7.2' },
        total: 6_300_000,
        payments: 25,
      });
    },
    TIMEOUT,
  );
});
