/* kh-node-editor-findings.c — the node's validation findings, shown in
 * place at the top of the node editor (libadwaita 1.2 has no AdwBanner).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-node-editor-private.h"
#include "kh-validation.h"

void
_kh_node_editor_refresh_findings (KhNodeEditor *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);
  gboolean warning = FALSE;
  GtkWidget *child;

  if (self->node != NULL)
    findings = kh_validate_node (kh_document_get_plan (self->document), self->node);
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      KhFinding *finding = g_ptr_array_index (findings, i);

      g_string_append (joined, kh_finding_get_message (finding));
      g_string_append_c (joined, '\n');
      warning |= kh_finding_get_severity (finding) == KH_SEVERITY_WARNING;
    }
  /* Typing changes the plan at every key; the findings seldom. */
  if (g_strcmp0 (joined->str, self->findings_shown) == 0)
    return;
  g_free (self->findings_shown);
  self->findings_shown = g_strdup (joined->str);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))))
    gtk_box_remove (self->findings_list, child);
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      GtkWidget *label = gtk_label_new (kh_finding_get_message (g_ptr_array_index (findings, i)));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_box_append (self->findings_list, label);
    }
  gtk_image_set_from_icon_name (self->findings_icon,
                                warning ? "dialog-warning-symbolic" : "dialog-information-symbolic");
  if (warning)
    gtk_widget_remove_css_class (GTK_WIDGET (self->findings_group), "kh-findings-info");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->findings_group), "kh-findings-info");
  gtk_widget_set_visible (GTK_WIDGET (self->findings_group), joined->len > 0);
}
