-- Orleans' ADO.NET providers (clustering, grain persistence, reminders) keep no SQL of their own: at start-up each one
-- runs the fixed statement `SELECT QueryKey, QueryText FROM OrleansQuery` and then executes the text stored under the
-- keys it needs. That statement is unquoted, so PostgreSQL folds it to lower case: the table and its columns must be
-- lower case too (orleansquery / querykey / querytext), unlike Mesh's snake_case names elsewhere.
-- The rows are written by the script that creates the tables they use (010 membership, 011 grain state, 012 reminders),
-- each with INSERT ... ON CONFLICT DO UPDATE so that re-running a script replaces its queries instead of failing.
-- Every query text starts with a comment naming its key, so server logs and pg_stat_activity show which Orleans
-- operation a statement belongs to.
CREATE TABLE IF NOT EXISTS orleansquery (
  querykey   TEXT PRIMARY KEY,
  querytext  TEXT NOT NULL
);
