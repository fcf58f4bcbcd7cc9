/**
 * A STAND-IN for the Hasura GraphQL engine, for the e2e tests of data=hasura only: Hasura's
 * engine is not installable here (no Docker, not on any reachable registry), so this small
 * server speaks the part of Hasura's documented HTTP API the generated app relies on, and
 * the rest of the same families, over the rows of the app's mock/seed.json kept in memory:
 * - `POST /v1/graphql` with `{ query, variables, operationName }`, answered `200` with
 *   `{ data }` or, on any error, `{ errors: [{ message, extensions: { path, code } }] }` and no
 *   data (https://hasura.io/docs/2.0/api-reference/graphql-api/index/); a mutation request
 *   is one transaction (all its fields or none);
 * - the schema and operators of schema.mjs / boolexp.mjs (queries, aggregates, _by_pk,
 *   insert/update/delete mutations, bool_exp, order_by, limit/offset);
 * - the admin secret (https://hasura.io/docs/2.0/deployment/securing-graphql-endpoint/): with
 *   HASURA_GRAPHQL_ADMIN_SECRET set, a request without `x-hasura-admin-secret` or with another
 *   value is refused (`access-denied`); this stand-in has no other roles, so an `x-hasura-role`
 *   other than admin is refused too;
 * - `GET /healthz` → `OK` (https://hasura.io/docs/2.0/api-reference/health/).
 * Env: PORT, SEED_FILE (the app's mock/seed.json), HASURA_GRAPHQL_ADMIN_SECRET (optional).
 */

import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { GraphQLError, execute, getOperationAST, parse, validate } from "graphql";
import { BoolExpError } from "./boolexp.mjs";
import { ConstraintError, describeTables, makeSchema } from "./schema.mjs";

const seed = JSON.parse(readFileSync(process.env.SEED_FILE, "utf8"));
const tables = describeTables();
const db = Object.fromEntries(tables.map((table) => [table.name, structuredClone(seed[table.name])]));
const schema = makeSchema(tables, db);
const adminSecret = process.env.HASURA_GRAPHQL_ADMIN_SECRET;

function errorBody(message, code, path = "$") {
  return { errors: [{ message, extensions: { path, code } }] };
}

function codeOf(error) {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof ConstraintError) return "constraint-violation";
  if (original instanceof BoolExpError) return "validation-failed";
  if (original && !(original instanceof GraphQLError)) return "unexpected";
  return "validation-failed";
}

function refused(headers) {
  if (!adminSecret) return undefined;
  const given = headers["x-hasura-admin-secret"];
  if (given === undefined) return "x-hasura-admin-secret/x-hasura-access-key required, but not found";
  if (given !== adminSecret) return "invalid x-hasura-admin-secret/x-hasura-access-key";
  const role = headers["x-hasura-role"];
  if (role !== undefined && role !== "admin") return `role "${role}" has no permissions in this stand-in`;
  return undefined;
}

function graphql(body, headers) {
  const denied = refused(headers);
  if (denied) return errorBody(denied, "access-denied");
  if (typeof body?.query !== "string") return errorBody("the key 'query' was not present", "parse-failed");
  let document;
  try {
    document = parse(body.query);
  } catch (error) {
    return errorBody(error.message, "validation-failed");
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return errorBody(invalid[0].message, "validation-failed");
  const operation = getOperationAST(document, body.operationName ?? undefined);
  const snapshot = operation?.operation === "mutation" ? structuredClone(db) : undefined;
  const result = execute({ schema, document, variableValues: body.variables ?? {}, operationName: body.operationName });
  if (result.errors?.length) {
    if (snapshot) for (const name of Object.keys(db)) db[name] = snapshot[name];
    const [error] = result.errors;
    const path = error.path ? `$.selectionSet.${error.path.join(".")}` : "$";
    return errorBody(error.message, codeOf(error), path);
  }
  return { data: result.data };
}

function send(res, status, body, type = "application/json; charset=utf-8") {
  res.writeHead(status, { "content-type": type });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://stand-in");
  if (url.pathname === "/healthz" && (req.method === "GET" || req.method === "HEAD")) return send(res, 200, "OK", "text/plain");
  if (url.pathname !== "/v1/graphql") {
    return send(res, 404, { path: "$", error: "resource does not exist", code: "not-found" });
  }
  if (req.method !== "POST") {
    res.setHeader("Allow", "POST");
    return send(res, 405, { path: "$", error: "only POST is served at /v1/graphql", code: "method-not-allowed" });
  }
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  let body;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return send(res, 400, { path: "$", error: "invalid json", code: "invalid-json" });
  }
  return send(res, 200, graphql(body, req.headers));
});

server.listen(Number(process.env.PORT ?? 8080), "127.0.0.1", () => {
  console.log(`Hasura stand-in on http://127.0.0.1:${server.address().port}/v1/graphql`);
});
