/**
 * The atlas data CLI for content maintainers and scripted checks.
 *
 *   npm run --silent atlas -- validate [PATH]   exit 0 + one-line summary | 1 + one line per problem | 2 unreadable input
 *   npm run --silent atlas -- stats             JSON counts
 *
 * Output is plain lines on stdout so it can be piped and diffed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadAtlas } from '../../src/domain/load';
import { formatIssue } from '../../src/domain/issues';
import { DataReadError, readDataDir, readWithPack } from '../lib/data-files';
import { skinQuery, BODY_GLB } from '../lib/skin-query';
import { checkAgainstSkin } from '../../src/domain/surface';
import { atlasStats } from './stats';
import { coverageMarkdown } from './coverage';
import { parseWhereArgs, UsageError, where } from './where';
import { readBodyGlb } from '../lib/body-glb';
import { readFileSync, writeFileSync } from 'node:fs';

const COVERAGE_DOC = resolve(import.meta.dirname, '../../docs/content-coverage.md');

const USAGE = `Usage: npm run --silent atlas -- <command>

Commands:
  validate [PATH]   validate the shipped data, or a data pack (folder or .json file) laid over it
  stats             print counts of muscles, trigger points, regions and landmarks as JSON
  where [--point x,y,z] [--landmark NAME] [--region ID] [--limit N]
                    rank the trigger points that refer pain to those spots (JSON, best first);
                    landmarks and regions are right-side unless written left:NAME
  coverage          print the content review table (Markdown); --write updates
                    docs/content-coverage.md, --check fails if it is out of date
  help              show this help`;

async function validate(path: string | undefined): Promise<number> {
  const { files, packFiles } = path ? readWithPack(path) : { files: readDataDir(), packFiles: [] };
  const result = loadAtlas(files);
  const shown = (file: string) =>
    path && packFiles.includes(file) && resolve(path) !== resolve('data')
      ? `${path} → ${file}`
      : file;
  if (!result.ok) {
    for (const issue of result.issues)
      console.log(formatIssue({ ...issue, file: shown(issue.file) }));
    return 1;
  }
  const skin = existsSync(BODY_GLB) ? await skinQuery() : null;
  const surfaceIssues = skin ? checkAgainstSkin(result.atlas, skin) : [];
  for (const issue of surfaceIssues)
    console.log(formatIssue({ ...issue, file: shown(issue.file) }));
  if (surfaceIssues.length > 0) return 1;
  const s = atlasStats(result.atlas);
  console.log(
    `ok: ${s.muscles} muscles, ${s.triggerPoints} trigger points, ${s.regions} regions, ${s.landmarks} landmarks, ${s.sources} sources` +
      (skin
        ? '; positions and zones checked against the body model'
        : '; body model not found, surface checks skipped'),
  );
  return 0;
}

function stats(): number {
  const result = loadAtlas(readDataDir());
  if (!result.ok) {
    for (const issue of result.issues) console.error(formatIssue(issue));
    return 1;
  }
  console.log(JSON.stringify(atlasStats(result.atlas), null, 2));
  return 0;
}

function coverage(flag: string | undefined): number {
  const result = loadAtlas(readDataDir());
  if (!result.ok) {
    for (const issue of result.issues) console.error(formatIssue(issue));
    return 1;
  }
  const markdown = coverageMarkdown(result.atlas);
  if (flag === '--write') {
    writeFileSync(COVERAGE_DOC, markdown);
    console.log(`wrote ${COVERAGE_DOC}`);
  } else if (flag === '--check') {
    const current = existsSync(COVERAGE_DOC) ? readFileSync(COVERAGE_DOC, 'utf8') : '';
    if (current !== markdown) {
      console.error(
        'docs/content-coverage.md is out of date: run `npm run --silent atlas -- coverage --write`',
      );
      return 1;
    }
    console.log('docs/content-coverage.md is up to date');
  } else process.stdout.write(markdown);
  return 0;
}

async function whereCommand(argv: readonly string[]): Promise<number> {
  const args = parseWhereArgs(argv);
  const result = loadAtlas(readDataDir());
  if (!result.ok) {
    for (const issue of result.issues) console.error(formatIssue(issue));
    return 1;
  }
  const needsSkin = args.inputs.some((i) => i.kind !== 'landmark');
  const skin = needsSkin ? (await readBodyGlb(BODY_GLB)).skin : null;
  const out = where(result.atlas, args, () => {
    if (!skin) throw new Error('body model not loaded');
    return skin;
  });
  console.log(JSON.stringify(out, null, 2));
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        if (rest.length > 1) break;
        return await validate(rest[0]);
      case 'stats':
        if (rest.length > 0) break;
        return stats();
      case 'where':
        return await whereCommand(rest);
      case 'coverage':
        if (
          rest.length > 1 ||
          (rest[0] !== undefined && rest[0] !== '--write' && rest[0] !== '--check')
        )
          break;
        return coverage(rest[0]);
      case 'help':
      case '--help':
      case '-h':
        console.log(USAGE);
        return 0;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`error: ${e.message}`);
      return 2;
    }
    if (e instanceof DataReadError) {
      console.error(`error: ${e.message}`);
      return 2;
    }
    throw e;
  }
  console.error(
    command ? `error: unknown command or arguments: ${argv.join(' ')}\n\n${USAGE}` : USAGE,
  );
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
