/* kh-details-view.h — the plan's metadata: title, year, document language,
 * numbering, issuer, number, place, date, preamble, signature, recipients.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "kh-document.h"

G_BEGIN_DECLS

#define KH_TYPE_DETAILS_VIEW (kh_details_view_get_type ())
G_DECLARE_FINAL_TYPE (KhDetailsView, kh_details_view, KH, DETAILS_VIEW, GtkWidget)

/* Properties: "document" (KhDocument, nullable). */
GtkWidget  *kh_details_view_new          (void);
KhDocument *kh_details_view_get_document (KhDetailsView *self);
void        kh_details_view_set_document (KhDetailsView *self,
                                          KhDocument    *document);

/* "7/2/2018", "07-02-2018" or "07.02.2018" → "2018-02-07"; blank → "";
 * anything else, or a day that does not exist, → NULL. */
char       *kh_details_parse_date        (const char    *text);

G_END_DECLS
