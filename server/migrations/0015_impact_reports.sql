-- The impact analyses of rules changes (issue 12 item 6): `helder recompute --diff … --publish`
-- computes every stored case again, compares each with its stored result, groups every cent by
-- its cause and stores the report here, so team leads read it in the portal. The report is the
-- helder-api `ImpactReport` as JSON. Rows are only added. Portable SQL.
CREATE TABLE impact_reports (
    report_id TEXT PRIMARY KEY,
    published_at TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    report TEXT NOT NULL
);
CREATE INDEX impact_reports_published ON impact_reports (published_at);
