/**
 * Hasura's filtering and sorting semantics over in-memory rows, as documented in
 * "Filter query results / search queries" (https://hasura.io/docs/2.0/queries/postgres/filters/index/,
 * the comparison operators of https://hasura.io/docs/2.0/api-reference/graphql-api/query/#comparisonexp)
 * and "Sort query results" (https://hasura.io/docs/2.0/queries/postgres/sorting/): a `<table>_bool_exp`
 * is an object whose keys are ANDed (`_and`, `_or`, `_not`, a column with a comparison
 * expression, an object relationship with its table's bool_exp); comparisons follow SQL,
 * so a NULL column matches nothing but `_is_null: true`. `order_by` is a list of objects
 * applied in order, each direction as in PostgreSQL (asc: nulls last, desc: nulls first).
 */

/** A SQL LIKE pattern (`%`, `_`, backslash escapes) as an anchored RegExp. */
function likeToRegExp(pattern, flags) {
  let source = "";
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === "\\" && i + 1 < pattern.length) source += escape(pattern[(i += 1)]);
    else if (char === "%") source += "[\\s\\S]*";
    else if (char === "_") source += "[\\s\\S]";
    else source += escape(char);
  }
  return new RegExp(`^${source}$`, flags);
}

/** A SQL SIMILAR TO pattern: LIKE's wildcards plus regular-expression alternation and repetition. */
function similarToRegExp(pattern) {
  const source = pattern.replace(/[.^$\\]/g, "\\$&").replace(/%/g, "[\\s\\S]*").replace(/_/g, "[\\s\\S]");
  return new RegExp(`^(?:${source})$`);
}

function escape(char) {
  return char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const COMPARISONS = {
  _eq: (value, operand) => value === operand,
  _neq: (value, operand) => value !== operand,
  _gt: (value, operand) => value > operand,
  _gte: (value, operand) => value >= operand,
  _lt: (value, operand) => value < operand,
  _lte: (value, operand) => value <= operand,
  _in: (value, operand) => operand.includes(value),
  _nin: (value, operand) => !operand.includes(value),
  _like: (value, operand) => likeToRegExp(operand, "").test(value),
  _nlike: (value, operand) => !likeToRegExp(operand, "").test(value),
  _ilike: (value, operand) => likeToRegExp(operand, "i").test(value),
  _nilike: (value, operand) => !likeToRegExp(operand, "i").test(value),
  _similar: (value, operand) => similarToRegExp(operand).test(value),
  _nsimilar: (value, operand) => !similarToRegExp(operand).test(value),
  _regex: (value, operand) => new RegExp(operand).test(value),
  _nregex: (value, operand) => !new RegExp(operand).test(value),
  _iregex: (value, operand) => new RegExp(operand, "i").test(value),
  _niregex: (value, operand) => !new RegExp(operand, "i").test(value),
};

export class BoolExpError extends Error {}

/** Whether `row` of `table` satisfies `where`; `related(table, relationship, row)` follows object relationships. */
export function matches(where, row, table, related) {
  if (where === null || where === undefined) return true;
  return Object.entries(where).every(([key, expression]) => {
    if (expression === null) throw new BoolExpError(`unexpected null value for field "${key}"`);
    if (key === "_and") return expression.every((part) => matches(part, row, table, related));
    if (key === "_or") return expression.some((part) => matches(part, row, table, related));
    if (key === "_not") return !matches(expression, row, table, related);
    const relationship = table.relationships[key];
    if (relationship) {
      const target = related(relationship, row);
      return target !== null && matches(expression, target, relationship.table, related);
    }
    return compare(row[key], expression);
  });
}

function compare(value, expression) {
  return Object.entries(expression).every(([operator, operand]) => {
    // Hasura 2 refuses a null operand unless HASURA_GRAPHQL_V1_BOOLEAN_NULL_COLLAPSE is set.
    if (operand === null) throw new BoolExpError(`unexpected null value for operator "${operator}"`);
    if (operator === "_is_null") return (value === null || value === undefined) === operand;
    if (value === null || value === undefined) return false; // SQL: NULL compares to nothing
    const test = COMPARISONS[operator];
    if (!test) throw new BoolExpError(`operator "${operator}" is not supported by this stand-in`);
    return test(value, operand);
  });
}

/** `rows` sorted by a list of `<table>_order_by` objects (a single object counts as a list of one). */
export function sortRows(rows, orderBy, table, related) {
  const terms = [orderBy ?? []].flat().flatMap((entry) => flattenOrder(entry, table, []));
  if (terms.length === 0) return [...rows].sort((a, b) => a.id - b.id);
  return [...rows].sort((a, b) => {
    for (const { path, direction } of terms) {
      const order = compareValues(valueAt(a, path, table, related), valueAt(b, path, table, related), direction);
      if (order !== 0) return order;
    }
    return 0;
  });
}

function flattenOrder(entry, table, path) {
  return Object.entries(entry).flatMap(([key, value]) => {
    const relationship = table.relationships[key];
    if (relationship) return flattenOrder(value, relationship.table, [...path, key]);
    return [{ path: [...path, key], direction: value }];
  });
}

function valueAt(row, path, table, related) {
  let current = row;
  let currentTable = table;
  for (const key of path.slice(0, -1)) {
    const relationship = currentTable.relationships[key];
    current = current === null ? null : related(relationship, current);
    currentTable = relationship.table;
  }
  return current === null ? null : (current[path.at(-1)] ?? null);
}

function compareValues(a, b, direction) {
  const descending = direction.startsWith("desc");
  const nullsFirst = direction.endsWith("nulls_first") || (descending && !direction.endsWith("nulls_last"));
  if (a === null || b === null) {
    if (a === b) return 0;
    return (a === null) === nullsFirst ? -1 : 1;
  }
  const order = a < b ? -1 : a > b ? 1 : 0;
  return descending ? -order : order;
}
