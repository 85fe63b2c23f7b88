/* kh-document.h — an open plan: the plan, its undo history and its file.
 *
 * Every view of a window shares one KhDocument; edits go through its
 * history (kh-edit.h), saving through kh_document_save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "kh-history.h"
#include "kh-plan.h"

G_BEGIN_DECLS

#define KH_TYPE_DOCUMENT (kh_document_get_type ())
G_DECLARE_FINAL_TYPE (KhDocument, kh_document, KH, DOCUMENT, GObject)

/* Properties: "plan" (KhPlan, construct-only), "history" (KhHistory),
 * "file" (GFile, nullable: never saved), "display-name" (the file's name,
 * or "Untitled Plan"), "modified" (unsaved changes). */
KhDocument *kh_document_new              (KhPlan      *plan,
                                          GFile       *file);
/* Loads @file; on failure returns NULL and nothing else changes. */
KhDocument *kh_document_load             (GFile       *file,
                                          GError     **error);

KhPlan     *kh_document_get_plan         (KhDocument  *self);
KhHistory  *kh_document_get_history      (KhDocument  *self);
GFile      *kh_document_get_file         (KhDocument  *self);
const char *kh_document_get_display_name (KhDocument  *self);
gboolean    kh_document_get_modified     (KhDocument  *self);

/* Saves to @file (NULL: the document's own file, which must be set).  On
 * success the document takes @file and is no longer modified; on failure
 * nothing changes, on disk or in the document. */
gboolean    kh_document_save             (KhDocument  *self,
                                          GFile       *file,
                                          GError     **error);

G_END_DECLS
