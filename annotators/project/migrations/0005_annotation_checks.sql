-- The CHECK constraints on annotations.source and annotations.state, written as OR chains
-- instead of IN lists. They accept exactly the same values, but SQLite evaluates an IN list
-- of three or more constants in a CHECK by building a temporary B-tree of the list for every
-- row inserted or updated (there is no run-once guard inside constraint code): about a fifth
-- of the cost of a bulk insert. A comparison chain costs a few opcodes.
--
-- Only the constraint text changes, so the table is not rebuilt: this is SQLite's documented
-- procedure for changing CHECK constraints in place (lang_altertable.html, "Making Other
-- Kinds Of Table Schema Changes"). Existing rows already satisfy the constraints, which are
-- equivalent. RESET reloads this connection's schema; the DDL below bumps the schema cookie
-- so that every other connection reloads it too.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(replace(sql,
       'CHECK (source IN (''manual'', ''model'', ''import'', ''rule''))',
       'CHECK (source = ''manual'' OR source = ''model'' OR source = ''import'' OR source = ''rule'')'),
       'CHECK (state IN (''proposed'', ''accepted'', ''rejected''))',
       'CHECK (state = ''proposed'' OR state = ''accepted'' OR state = ''rejected'')')
 WHERE type = 'table' AND name = 'annotations';
PRAGMA writable_schema = RESET;
CREATE TABLE rwb_schema_cookie (x);
DROP TABLE rwb_schema_cookie;
