// `npm run anxin -- <command>`: maintenance on the configured store (ARCHITECTURE §7).
// migrate: on a stopped embedded store, or on PostgreSQL at any time. Must not run while PGlite is served.
import { parseArgs } from 'node:util';
import { createUserRequest } from '../protocol/auth';
import { createUser, listUsers } from './app/users';
import { prepareStore } from './boot';
import { auditContextOf } from './cli-context';
import { importFile } from './cli-import';
import { loadConfig } from './config';
import { migrate } from './store/migrate';
import { openStore } from './store/open';
import type { Store } from './store/store';

const usage = `Usage: npm run anxin -- <command>
  migrate                          apply pending migrations
  seed                             seed the Xianyang demo into an empty store
  users list [--role ROLE]         list accounts
  users add --username U --name N --role R --password P [--company ID] [--volunteer ID] [--communities a,b]
  import <kind> <file.csv> [--dry-run] [--lang zh-CN|en]
                                   import companies, volunteers, residents or devices (README: Importing the registry)`;

async function run(store: Store, args: string[]): Promise<void> {
  const [command, sub] = args;
  if (command === 'migrate') {
    const applied = await migrate(store);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply');
  } else if (command === 'seed') {
    const result = await prepareStore(store, { demo: true });
    console.log(
      result.seeded ? `seeded: ${JSON.stringify(result.seeded.counts)}` : 'the store is already in use; nothing seeded',
    );
  } else if (command === 'users' && sub === 'list') {
    const { values } = parseArgs({ args: args.slice(2), options: { role: { type: 'string' } } });
    await migrate(store);
    for (const u of await listUsers(store, values.role ? { role: values.role } : {})) {
      console.log(
        `${u.username.padEnd(16)} ${u.role.padEnd(18)} ${u.active ? 'active' : 'disabled'}  ${u.displayName}`,
      );
    }
  } else if (command === 'users' && sub === 'add') {
    await addUser(store, args.slice(2));
  } else if (command === 'import') {
    await migrate(store);
    process.exitCode = await importFile(store, args.slice(1));
  } else {
    console.log(usage);
    process.exitCode = command ? 2 : 0;
  }
}

async function addUser(store: Store, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      company: { type: 'string' },
      volunteer: { type: 'string' },
      communities: { type: 'string' },
    },
  });
  const parsed = createUserRequest.safeParse({
    username: values.username,
    displayName: values.name,
    role: values.role,
    password: values.password,
    ...(values.company ? { companyId: values.company } : {}),
    ...(values.volunteer ? { volunteerId: values.volunteer } : {}),
    ...(values.communities ? { communityIds: values.communities.split(',') } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join('.')}: ${issue.message}`);
  }
  await migrate(store);
  const user = await createUser(store, auditContextOf(), parsed.data);
  console.log(`created ${user.username} (${user.role}) id ${user.id}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!args.length || args[0] === 'help' || args[0] === '--help') return void console.log(usage);
  const config = loadConfig();
  const store = await openStore(config);
  try {
    await run(store, args);
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  const p = (err as { problem?: { code: string; field?: string } }).problem;
  console.error('anxin:', p ? `${p.code}${p.field ? ` (${p.field})` : ''}` : err instanceof Error ? err.message : err);
  process.exit(1);
});
