#pragma once

// Backlog CSV for Jira's and GitHub's importers: one row per mitigation whose destination is the
// backlog (rejected ones left out), highest risk first. RFC 4180: fields with a comma, quote or
// line break are quoted, quotes doubled, CRLF between records; UTF-8 without a byte order mark.

#include "exportdata.h"

#include <QByteArray>

namespace pm {

// One field as RFC 4180 writes it.
QString csvField(const QString &text);

// Summary, Description, Issue Type, Priority, Assignee, Due date, Labels.
QByteArray writeJiraCsv(const ExportData &data);
// title, body, labels, assignee.
QByteArray writeGithubCsv(const ExportData &data);

// Jira's default priorities by band: Critical Highest, High High, Medium Medium, Low Low,
// unscored Lowest.
QString jiraPriority(RiskBand band);

} // namespace pm
