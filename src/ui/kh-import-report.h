/* kh-import-report.h — the import's notes, line by line, as a report
 * panel whose rows lead to their nodes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-report-panel.h"

G_BEGIN_DECLS

/* A panel listing @notes (a GPtrArray of KhImportNote from kh_import_text,
 * may be NULL) in their order: "Line 12: …", warnings marked, each row
 * with a node emitting "node-activated"; above them how many there are. */
KhReportPanel *kh_import_report_new (GPtrArray *notes);

G_END_DECLS
