/**
 * The GraphQL schema Hasura generates for the three tracked tables of the generated
 * app's hasura/schema.sql + hasura/metadata (camelCase column names, the object
 * relationship posts.category), built from table descriptions, with resolvers over
 * in-memory rows. Names and arguments follow Hasura's API reference:
 * - queries (https://hasura.io/docs/2.0/api-reference/graphql-api/query/): `<table>(distinct_on,
 *   limit, offset, order_by, where)`, `<table>_aggregate(...) { aggregate { count(columns, distinct) } nodes }`,
 *   `<table>_by_pk(<pk>)` (null when there is no such row);
 * - mutations (https://hasura.io/docs/2.0/api-reference/graphql-api/mutation/): `insert_<table>(objects)`
 *   and `insert_<table>_one(object)`, `update_<table>(where, _set, _inc)` and
 *   `update_<table>_by_pk(pk_columns, _set, _inc)`, `delete_<table>(where)` and `delete_<table>_by_pk(<pk>)`;
 *   the multi-row ones return `<table>_mutation_response { affected_rows returning }`;
 * - input types `<table>_bool_exp`, `<table>_order_by`, `<table>_insert_input`, `<table>_set_input`,
 *   `<table>_inc_input`, `<table>_pk_columns_input`, `<Scalar>_comparison_exp`, the `order_by` enum,
 *   root types `query_root` / `mutation_root`.
 * Not served (the stand-in's limits): on_conflict, nested inserts, `distinct_on` (accepted,
 * ignored), aggregate functions other than count, subscriptions, permissions of roles.
 */

import { buildSchema } from "graphql";
import { BoolExpError, matches, sortRows } from "./boolexp.mjs";

export class ConstraintError extends Error {}

/** A column: its GraphQL scalar, whether it is NOT NULL, and its default (a value or a function). */
const column = (type, { notNull = false, fallback } = {}) => ({ type, notNull, fallback });

/** The tables as hasura/schema.sql makes them, with the GraphQL names hasura/metadata gives their columns. */
export function describeTables() {
  const categories = {
    name: "categories",
    columns: { id: column("Int", { notNull: true }), title: column("String", { notNull: true }), description: column("String") },
    foreignKeys: {},
    relationships: {},
  };
  const users = {
    name: "users",
    columns: {
      id: column("Int", { notNull: true }),
      firstName: column("String", { notNull: true }),
      lastName: column("String", { notNull: true }),
      email: column("String", { notNull: true }),
      role: column("String", { notNull: true }),
      birthday: column("date"),
    },
    foreignKeys: {},
    relationships: {},
  };
  const posts = {
    name: "posts",
    columns: {
      id: column("Int", { notNull: true }),
      title: column("String", { notNull: true }),
      content: column("String", { notNull: true, fallback: "" }),
      status: column("String", { notNull: true, fallback: "draft" }),
      categoryId: column("Int", { notNull: true }),
      userId: column("Int"),
      createdAt: column("timestamptz", { notNull: true, fallback: () => new Date().toISOString() }),
    },
    foreignKeys: { categoryId: categories, userId: users },
    relationships: { category: { table: categories, column: "categoryId" } },
  };
  return [categories, users, posts];
}

const STRING_OPERATORS = ["_like", "_nlike", "_ilike", "_nilike", "_similar", "_nsimilar", "_regex", "_nregex", "_iregex", "_niregex"];

function comparisonSdl(scalar) {
  const plain = ["_eq", "_neq", "_gt", "_gte", "_lt", "_lte"].map((op) => `${op}: ${scalar}`);
  const text = scalar === "String" ? STRING_OPERATORS.map((op) => `${op}: String`) : [];
  return `input ${scalar}_comparison_exp {
  ${[...plain, `_in: [${scalar}!]`, `_nin: [${scalar}!]`, "_is_null: Boolean", ...text].join("\n  ")}
}`;
}

function tableSdl(table) {
  const t = table.name;
  const columns = Object.entries(table.columns);
  const fields = columns.map(([name, c]) => `${name}: ${c.type}${c.notNull ? "!" : ""}`);
  const relationships = Object.entries(table.relationships).map(([name, r]) => [name, r.table.name]);
  const numeric = columns.filter(([, c]) => c.type === "Int");
  const listArgs = `(distinct_on: [${t}_select_column!], limit: Int, offset: Int, order_by: [${t}_order_by!], where: ${t}_bool_exp)`;
  return {
    types: `
type ${t} {
  ${[...fields, ...relationships.map(([name, target]) => `${name}: ${target}!`)].join("\n  ")}
}
input ${t}_bool_exp {
  _and: [${t}_bool_exp!]
  _or: [${t}_bool_exp!]
  _not: ${t}_bool_exp
  ${[...columns.map(([name, c]) => `${name}: ${c.type}_comparison_exp`), ...relationships.map(([name, target]) => `${name}: ${target}_bool_exp`)].join("\n  ")}
}
input ${t}_order_by {
  ${[...columns.map(([name]) => `${name}: order_by`), ...relationships.map(([name, target]) => `${name}: ${target}_order_by`)].join("\n  ")}
}
enum ${t}_select_column {
  ${columns.map(([name]) => name).join("\n  ")}
}
input ${t}_insert_input {
  ${columns.map(([name, c]) => `${name}: ${c.type}`).join("\n  ")}
}
input ${t}_set_input {
  ${columns.map(([name, c]) => `${name}: ${c.type}`).join("\n  ")}
}
input ${t}_inc_input {
  ${numeric.map(([name]) => `${name}: Int`).join("\n  ")}
}
input ${t}_pk_columns_input {
  id: Int!
}
type ${t}_aggregate_fields {
  count(columns: [${t}_select_column!], distinct: Boolean): Int!
}
type ${t}_aggregate {
  aggregate: ${t}_aggregate_fields
  nodes: [${t}!]!
}
type ${t}_mutation_response {
  affected_rows: Int!
  returning: [${t}!]!
}`,
    queries: `
  ${t}${listArgs}: [${t}!]!
  ${t}_aggregate${listArgs}: ${t}_aggregate!
  ${t}_by_pk(id: Int!): ${t}`,
    mutations: `
  insert_${t}(objects: [${t}_insert_input!]!): ${t}_mutation_response
  insert_${t}_one(object: ${t}_insert_input!): ${t}
  update_${t}(where: ${t}_bool_exp!, _set: ${t}_set_input, _inc: ${t}_inc_input): ${t}_mutation_response
  update_${t}_by_pk(pk_columns: ${t}_pk_columns_input!, _set: ${t}_set_input, _inc: ${t}_inc_input): ${t}
  delete_${t}(where: ${t}_bool_exp!): ${t}_mutation_response
  delete_${t}_by_pk(id: Int!): ${t}`,
  };
}

/** The schema and its resolvers over `db` (table name → rows), which mutations change in place. */
export function makeSchema(tables, db) {
  const parts = tables.map(tableSdl);
  const sdl = `
scalar timestamptz
scalar date
enum order_by {
  asc
  asc_nulls_first
  asc_nulls_last
  desc
  desc_nulls_first
  desc_nulls_last
}
${["Int", "String", "timestamptz", "date"].map(comparisonSdl).join("\n")}
${parts.map((p) => p.types).join("\n")}
type query_root {${parts.map((p) => p.queries).join("")}
}
type mutation_root {${parts.map((p) => p.mutations).join("")}
}
schema {
  query: query_root
  mutation: mutation_root
}`;
  const schema = buildSchema(sdl);
  const related = (relationship, row) => db[relationship.table.name].find((r) => r.id === row[relationship.column]) ?? null;
  const select = (table, { where, order_by, limit, offset }) => {
    if (limit !== undefined && limit !== null && limit < 0) throw new BoolExpError('"limit" must be a non-negative integer');
    const filtered = db[table.name].filter((row) => matches(where, row, table, related));
    const sorted = sortRows(filtered, order_by, table, related);
    const start = offset ?? 0;
    return sorted.slice(start, limit === undefined || limit === null ? undefined : start + limit);
  };

  const query = schema.getQueryType().getFields();
  const mutation = schema.getMutationType().getFields();
  for (const table of tables) {
    const t = table.name;
    const rows = () => db[t];
    const byPk = (id) => rows().find((row) => row.id === id) ?? null;
    query[t].resolve = (_, args) => select(table, args);
    query[`${t}_aggregate`].resolve = (_, args) => select(table, args);
    query[`${t}_by_pk`].resolve = (_, { id }) => byPk(id);

    const insert = (object) => {
      const row = { id: Math.max(0, ...rows().map((r) => r.id)) + 1 };
      for (const [name, c] of Object.entries(table.columns)) {
        if (name === "id" && object.id === undefined) continue;
        const given = object[name];
        row[name] = given !== undefined ? given : typeof c.fallback === "function" ? c.fallback() : (c.fallback ?? null);
      }
      check(table, row, db);
      if (byPk(row.id)) {
        throw new ConstraintError(`Uniqueness violation. duplicate key value violates unique constraint "${t}_pkey"`);
      }
      rows().push(row);
      return row;
    };
    const update = (row, set, inc) => {
      const next = { ...row, ...(set ?? {}) };
      for (const [name, by] of Object.entries(inc ?? {})) next[name] = (next[name] ?? 0) + by;
      check(table, next, db);
      Object.assign(row, next);
      return row;
    };
    const remove = (row) => {
      for (const other of tables) {
        for (const [name, target] of Object.entries(other.foreignKeys)) {
          if (target === table && db[other.name].some((r) => r[name] === row.id)) {
            throw new ConstraintError(
              `Foreign key violation. update or delete on table "${t}" violates foreign key constraint on table "${other.name}"`,
            );
          }
        }
      }
      db[t] = rows().filter((r) => r !== row);
      return row;
    };
    const response = (returning) => ({ affected_rows: returning.length, returning });

    mutation[`insert_${t}`].resolve = (_, { objects }) => response(objects.map(insert));
    mutation[`insert_${t}_one`].resolve = (_, { object }) => insert(object);
    mutation[`update_${t}`].resolve = (_, { where, _set, _inc }) =>
      response(select(table, { where }).map((row) => update(row, _set, _inc)));
    mutation[`update_${t}_by_pk`].resolve = (_, { pk_columns, _set, _inc }) => {
      const row = byPk(pk_columns.id);
      return row && update(row, _set, _inc);
    };
    mutation[`delete_${t}`].resolve = (_, { where }) => response(select(table, { where }).map(remove));
    mutation[`delete_${t}_by_pk`].resolve = (_, { id }) => {
      const row = byPk(id);
      return row && remove(row);
    };

    const type = schema.getType(t).getFields();
    for (const [name, relationship] of Object.entries(table.relationships)) {
      type[name].resolve = (row) => related(relationship, row);
    }
    const aggregate = schema.getType(`${t}_aggregate`).getFields();
    aggregate.aggregate.resolve = (selected) => selected;
    aggregate.nodes.resolve = (selected) => selected;
    schema.getType(`${t}_aggregate_fields`).getFields().count.resolve = (selected, { columns, distinct }) => {
      if (!columns || columns.length === 0) return selected.length;
      const present = selected.filter((row) => columns.every((name) => row[name] !== null && row[name] !== undefined));
      if (!distinct) return present.length;
      return new Set(present.map((row) => JSON.stringify(columns.map((name) => row[name])))).size;
    };
  }
  return schema;
}

/** NOT NULL and foreign keys, as PostgreSQL checks them on insert and update. */
function check(table, row, db) {
  for (const [name, c] of Object.entries(table.columns)) {
    if (c.notNull && (row[name] === null || row[name] === undefined)) {
      throw new ConstraintError(
        `Not-NULL violation. null value in column "${name}" of relation "${table.name}" violates not-null constraint`,
      );
    }
  }
  for (const [name, target] of Object.entries(table.foreignKeys)) {
    if (row[name] !== null && row[name] !== undefined && !db[target.name].some((r) => r.id === row[name])) {
      throw new ConstraintError(
        `Foreign key violation. insert or update on table "${table.name}" violates foreign key constraint "${table.name}_${name}_fkey"`,
      );
    }
  }
}
