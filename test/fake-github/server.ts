import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError, Kind, execute, parse, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { measureQuery } from './cost.ts';
import type { FakeGitHubData } from './dataset.ts';
import { mutationRoot, queryRoot, type CallContext } from './roots.ts';
import { handleRest } from './rest.ts';
import { githubSchema } from './schema.ts';
import { GitHubTypedError } from './views.ts';

/**
 * A local GitHub for tests and demos: GraphQL executed by graphql-js against GitHub's published schema, so a
 * query GitHub would reject fails here too (validation, pagination limits, node limit), plus the REST routes
 * the project calls. Every request is recorded so tests can count them; the rate limit is charged in points
 * the way GitHub documents it.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  /** The GraphQL operation's name, or null for REST. */
  operation: string | null;
  variables: Record<string, unknown>;
  status: number;
  /** Rate-limit points charged (0 for REST and rejected calls). */
  cost: number;
  viewer: string | null;
}

/** A one-off failure to serve instead of the next request's answer. */
export type Fault = { status: number; body: string; contentType?: string; headers?: Record<string, string> } | { drop: true } | { hang: true };

export interface FakeGitHubOptions {
  port?: number;
  /** Points per hour for GraphQL, as GitHub grants them (GITHUB_TOKEN in Actions: 1,000 per repository). */
  pointsPerHour?: number;
}

export interface FakeGitHub {
  url: string;
  graphqlUrl: string;
  data: FakeGitHubData;
  requests: RecordedRequest[];
  /** The default token acts as the `github-actions` bot, like GITHUB_TOKEN in a workflow. */
  token: string;
  /** A token that acts as this login (created on first use). */
  tokenFor(login: string): string;
  /** Environment for a script pointed at this fake. */
  env(token?: string): Record<string, string>;
  failNext(fault: Fault, times?: number): void;
  /**
   * Run `action` once, just before the first GraphQL request that `match` accepts is answered: to change
   * GitHub in the middle of a command (a discussion deleted between two of its pages, say).
   */
  intercept(match: (request: { operation: string | null; variables: Record<string, unknown> }) => boolean, action: () => void): void;
  rateLimit: { limit: number; used: number; resetAt: string };
  close(): Promise<void>;
}

export const DEFAULT_TOKEN = 'fake-github-token';
const BOT = 'github-actions';

export async function startFakeGitHub(data: FakeGitHubData, options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const schema = githubSchema();
  const tokens = new Map<string, string>([[DEFAULT_TOKEN, BOT]]);
  data.addActor(BOT, 'Bot');
  const faults: Fault[] = [];
  const interceptions: { match: (r: { operation: string | null; variables: Record<string, unknown> }) => boolean; action: () => void }[] = [];
  const requests: RecordedRequest[] = [];
  const hour = 3600_000;
  const inAnHour = () => new Date(Date.parse(data.now) + hour).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const rateLimit = { limit: options.pointsPerHour ?? 5000, used: 0, resetAt: inAnHour() };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      respond(req, res, Buffer.concat(chunks).toString('utf8'));
    });
  });

  function respond(req: http.IncomingMessage, res: http.ServerResponse, raw: string) {
    const path = (req.url ?? '/').split('?')[0]!;
    const method = req.method ?? 'GET';
    const record: RecordedRequest = { method, path, operation: null, variables: {}, status: 200, cost: 0, viewer: null };
    requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', date: new Date(Date.parse(data.now)).toUTCString(), ...rateHeaders(), ...headers });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };

    const fault = faults.shift();
    if (fault) {
      if ('drop' in fault) {
        record.status = 0;
        req.socket.destroy();
        return;
      }
      if ('hang' in fault) {
        // Never answer: the client must give up by itself. close() ends the connection.
        record.status = 0;
        return;
      }
      send(fault.status, fault.body, { 'content-type': fault.contentType ?? 'application/json; charset=utf-8', ...fault.headers });
      return;
    }

    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const viewer = auth ? tokens.get(auth) : undefined;
    if (!viewer) {
      send(401, { message: auth ? 'Bad credentials' : 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' });
      return;
    }
    record.viewer = viewer;
    rollWindow();

    if (path === '/graphql' && method === 'POST') {
      const answer = answerGraphQL(raw, viewer, record);
      send(200, answer);
      return;
    }
    const rest = handleRest(data, { method, path, query: (req.url ?? '').split('?')[1] ?? '', body: raw, viewer, rateLimit });
    send(rest.status, rest.body);
  }

  function answerGraphQL(raw: string, viewer: string, record: RecordedRequest): unknown {
    let body: { query?: unknown; variables?: Record<string, unknown>; operationName?: string };
    try {
      body = JSON.parse(raw);
    } catch {
      return { errors: [{ message: 'Problems parsing JSON' }] };
    }
    if (typeof body.query !== 'string') return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] };
    const variables = body.variables ?? {};
    record.variables = variables;
    let document: DocumentNode;
    try {
      document = parse(body.query);
    } catch (e) {
      return { errors: [format(e as GraphQLError)] };
    }
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!body.operationName || d.name?.value === body.operationName),
    );
    record.operation = operation?.name?.value ?? null;
    const invalid = validate(schema, document);
    if (invalid.length) return { errors: invalid.map(format) };
    let measure;
    try {
      measure = measureQuery(schema, document, variables, body.operationName);
    } catch (e) {
      return { errors: [format(e as GraphQLError)] };
    }
    if (measure.nodeCount > 500_000) {
      return { errors: [{ type: 'MAX_NODE_LIMIT_EXCEEDED', message: `This query requests up to ${measure.nodeCount} possible nodes which exceeds the maximum limit of 500,000.` }] };
    }
    if (rateLimit.used + measure.cost > rateLimit.limit) {
      return { errors: [{ type: 'RATE_LIMITED', code: 'graphql_rate_limit', message: `API rate limit already exceeded for user ID ${data.actor(viewer)?.databaseId ?? 0}.` }] };
    }
    const hit = interceptions.findIndex((i) => i.match({ operation: record.operation, variables }));
    if (hit >= 0) interceptions.splice(hit, 1)[0]!.action();
    rateLimit.used += measure.cost;
    record.cost = measure.cost;
    const call: CallContext = { viewer, cost: measure.cost, nodeCount: measure.nodeCount, limit: rateLimit.limit, used: rateLimit.used, resetAt: rateLimit.resetAt };
    const isMutation = operation?.operation === 'mutation';
    const result = execute({
      schema,
      document,
      rootValue: isMutation ? mutationRoot(data, call) : queryRoot(data, call),
      variableValues: variables,
      operationName: body.operationName,
      typeResolver: (value) => (value as { __typename?: string }).__typename,
    });
    if (result instanceof Promise) throw new Error('the fake resolvers are synchronous');
    return result.errors ? { data: result.data ?? null, errors: result.errors.map(format) } : { data: result.data };
  }

  function rollWindow() {
    if (Date.parse(data.now) >= Date.parse(rateLimit.resetAt)) {
      rateLimit.used = 0;
      rateLimit.resetAt = inAnHour();
    }
  }

  function rateHeaders(): Record<string, string> {
    return {
      'x-ratelimit-limit': String(rateLimit.limit),
      'x-ratelimit-remaining': String(Math.max(0, rateLimit.limit - rateLimit.used)),
      'x-ratelimit-used': String(rateLimit.used),
      'x-ratelimit-reset': String(Math.floor(Date.parse(rateLimit.resetAt) / 1000)),
      'x-ratelimit-resource': 'graphql',
    };
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    data,
    requests,
    token: DEFAULT_TOKEN,
    tokenFor(login) {
      data.addActor(login);
      const token = `fake-token-${login}`;
      tokens.set(token, login);
      return token;
    },
    env(token = DEFAULT_TOKEN) {
      return { GITHUB_TOKEN: token, GITHUB_REPOSITORY: data.nameWithOwner, GITHUB_API_URL: url, GITHUB_GRAPHQL_URL: `${url}/graphql` };
    },
    failNext(fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
    intercept(match, action) {
      interceptions.push({ match, action });
    },
    rateLimit,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** GitHub's error objects: graphql-js's shape, plus `type` for the errors GitHub classifies. */
function format(e: GraphQLError): Record<string, unknown> {
  const out: Record<string, unknown> = { ...e.toJSON() };
  const typed = e.originalError instanceof GitHubTypedError ? e.originalError : e instanceof GitHubTypedError ? e : null;
  if (typed) out.type = typed.githubType;
  return out;
}
