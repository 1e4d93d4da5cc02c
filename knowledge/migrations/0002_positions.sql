-- Where the graph editor draws each node (scene coordinates, points). Kept apart from the
-- node itself: a position is a view of the graph, not a claim about the industry, so it is
-- neither exported nor audited. No foreign key: removing a node and undoing that keeps it.
CREATE TABLE kg_node_positions (
    node_id INTEGER PRIMARY KEY,
    x       REAL NOT NULL,
    y       REAL NOT NULL
);
