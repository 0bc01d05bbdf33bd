// Server configuration from the environment, checked once at start (ARCHITECTURE §7 names the variables).
// Must not be read anywhere else: modules receive the parsed Config from main.ts.
import { resolve } from 'node:path';
import { z } from 'zod';
import type { OrderDeadlinePolicy } from '../domain/orders/order-deadlines';
import type { TileSourceConfig } from '../protocol/map-tiles';
import { parseTimeWindow, type TimeWindow } from './gateways/dc09/time-window';
import { tileEnv, tileSourceFromEnv } from './tile-config';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  ANXIN_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  ANXIN_DB_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .optional(),
  ANXIN_DEMO: flag.default(true),
  ANXIN_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(24 * 14),
  ANXIN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  ANXIN_SMS_GATEWAY: z
    .union([z.literal('log'), z.string().regex(/^https?:\/\/\S+$/, 'log or an http(s) URL')])
    .default('log'),
  ANXIN_ALARM_RING_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  ANXIN_ALARM_SUPERVISOR_SECONDS: z.coerce.number().int().min(1).max(86_400).default(180),
  ANXIN_ORDER_CONFIRM_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  ANXIN_ORDER_CONTRACT_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  ANXIN_ORDER_OTHER_HOURS: z.coerce.number().int().min(1).max(720).default(48),
  ANXIN_VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[\w-]+={0,2}$/, 'a base64url key')
    .optional(),
  ANXIN_VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[\w-]+={0,2}$/, 'a base64url key')
    .optional(),
  ANXIN_VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)\S+$/, 'a mailto: or https: URL')
    .default('mailto:ops@anxin.invalid'),
  ANXIN_DC09_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  ANXIN_DC09_TIME_WINDOW: z.string().default('-40,20'),
  ANXIN_DC09_GRACE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
  ANXIN_DC09_JOURNAL_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  ...tileEnv,
});

// `npm start` (ARCHITECTURE §7) listens for alarm devices on 7009; other starts (tests, tools) only when asked.
const NPM_START_DC09_PORT = 7009;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL schema to use instead of public (one database, several sites or test runs). */
  dbSchema: string | undefined;
  demo: boolean;
  /** Sessions last this long: two weeks by default, so a field phone offline for days can still push its outbox. */
  sessionHours: number;
  logLevel: string;
  /** ALM-5: `log` (print each SMS) or the URL of an HTTP gateway that receives POST {to, body, id}. */
  smsGateway: string;
  /** The map's default tile source (MAP-3); devices may pick another. */
  tiles: TileSourceConfig;
  tiandituKey: string | null;
  /** Alarm escalation (ALM-4): seconds between rings, and from the raise to the supervisor alert. */
  alarmTimers: { ringSeconds: number; supervisorSeconds: number };
  /** Order deadlines (ORD-4): minutes to confirm, hours to service for contract customers and for others. */
  orderPolicy: OrderDeadlinePolicy;
  /** Web push (ALM-3): a configured key pair, or null to use the pair generated once and kept in `settings`. */
  vapid: { keys: { publicKey: string; privateKey: string } | null; subject: string };
  /** ALM-9: the DC-09 receiver's TCP and UDP port (0 = off), its time-stamp window, and the grace after a missed test. */
  dc09: { port: number; timeWindow: TimeWindow; graceSeconds: number; journalDays: number };
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Configuration: ${issue.path.join('.')} is not valid (${issue.message})`);
  }
  const c = parsed.data;
  if (Boolean(c.ANXIN_VAPID_PUBLIC_KEY) !== Boolean(c.ANXIN_VAPID_PRIVATE_KEY)) {
    throw new Error(
      'Configuration: ANXIN_VAPID_PUBLIC_KEY and ANXIN_VAPID_PRIVATE_KEY go together (set both or neither)',
    );
  }
  let timeWindow: TimeWindow;
  try {
    timeWindow = parseTimeWindow(c.ANXIN_DC09_TIME_WINDOW);
  } catch (err) {
    throw new Error(`Configuration: ${(err as Error).message}`);
  }
  // npm sets npm_lifecycle_event to the script's name: `npm start` gets the device port without another variable.
  const dc09Port = c.ANXIN_DC09_PORT ?? (env.npm_lifecycle_event === 'start' ? NPM_START_DC09_PORT : 0);
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.ANXIN_DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    dbSchema: c.ANXIN_DB_SCHEMA,
    demo: c.ANXIN_DEMO,
    sessionHours: c.ANXIN_SESSION_HOURS,
    logLevel: c.ANXIN_LOG_LEVEL,
    smsGateway: c.ANXIN_SMS_GATEWAY,
    tiles: tileSourceFromEnv(c),
    tiandituKey: c.ANXIN_TIANDITU_KEY ?? null,
    alarmTimers: { ringSeconds: c.ANXIN_ALARM_RING_SECONDS, supervisorSeconds: c.ANXIN_ALARM_SUPERVISOR_SECONDS },
    orderPolicy: {
      confirmMinutes: c.ANXIN_ORDER_CONFIRM_MINUTES,
      contractHours: c.ANXIN_ORDER_CONTRACT_HOURS,
      otherHours: c.ANXIN_ORDER_OTHER_HOURS,
    },
    vapid: {
      keys:
        c.ANXIN_VAPID_PUBLIC_KEY && c.ANXIN_VAPID_PRIVATE_KEY
          ? { publicKey: c.ANXIN_VAPID_PUBLIC_KEY, privateKey: c.ANXIN_VAPID_PRIVATE_KEY }
          : null,
      subject: c.ANXIN_VAPID_SUBJECT,
    },
    dc09: {
      port: dc09Port,
      timeWindow,
      graceSeconds: c.ANXIN_DC09_GRACE_SECONDS,
      journalDays: c.ANXIN_DC09_JOURNAL_DAYS,
    },
  };
}
