-- Why an activity has its month and year (issue 7): "month stated in the header", or the holiday anchors and
-- schedule order that inferred a blanked month, and where the year came from. Also kept as notes; here it
-- sits on the row so a query can show it beside the month.
ALTER TABLE activities ADD COLUMN evidence TEXT;
