/* kh-import-report.c — the import's notes as a report panel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-import-report.h"
#include "kh-import.h"

#include <glib/gi18n.h>

static char *
summary_text (guint n_notes,
              guint n_warnings)
{
  g_autofree char *warnings = NULL;

  if (n_notes == 0)
    return g_strdup (_("The importer understood the whole text."));
  if (n_warnings == 0)
    return g_strdup_printf (ngettext ("%u note on what the importer decided.",
                                      "%u notes on what the importer decided.",
                                      n_notes),
                            n_notes);
  warnings = g_strdup_printf (ngettext ("The importer was unsure of %u place: compare it "
                                        "with the original document.",
                                        "The importer was unsure of %u places: compare "
                                        "them with the original document.",
                                        n_warnings),
                              n_warnings);
  if (n_notes == n_warnings)
    return g_steal_pointer (&warnings);
  /* Translators: the sentence about the places to check, then the
   * number of the other notes. */
  return g_strdup_printf (ngettext ("%s %u other note.", "%s %u other notes.",
                                    n_notes - n_warnings),
                          warnings, n_notes - n_warnings);
}

KhReportPanel *
kh_import_report_new (GPtrArray *notes)
{
  KhReportPanel *panel = kh_report_panel_new (_("Import Report"));
  guint n_notes = notes != NULL ? notes->len : 0;
  guint n_warnings = 0;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n_notes; i++)
    {
      KhImportNote *note = g_ptr_array_index (notes, i);
      g_autofree char *place = NULL;
      gboolean warning = note->severity == KH_IMPORT_NOTE_WARNING;

      if (note->line > 0)
        /* Translators: where an import note applies in the imported text. */
        place = g_strdup_printf (_("Line %u"), note->line);
      kh_report_panel_add_row (panel, place, note->message, note->node_id, warning);
      n_warnings += warning;
    }

  summary = summary_text (n_notes, n_warnings);
  kh_report_panel_set_summary (panel, summary);
  return panel;
}
