/* kh-plan-io.h — reading and writing .kehoach files (JSON, json-glib).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "kh-plan.h"

G_BEGIN_DECLS

#define KH_FORMAT_NAME    "kehoach"
#define KH_FORMAT_VERSION 1
#define KH_FILE_EXTENSION ".kehoach"
#define KH_MIME_TYPE      "application/x-kehoach+json"

#define KH_IO_ERROR (kh_io_error_quark ())
GQuark kh_io_error_quark (void);

typedef enum {
  KH_IO_ERROR_NOT_JSON,        /* not JSON at all, or invalid UTF-8 */
  KH_IO_ERROR_NOT_A_PLAN,      /* JSON, but "format" is not "kehoach" */
  KH_IO_ERROR_NEWER_VERSION,   /* written by a newer Kehoach */
  KH_IO_ERROR_INVALID,         /* a member is missing, of the wrong type or refers to nothing */
  KH_IO_ERROR_TOO_LARGE,       /* beyond the limits a plan can have */
  KH_IO_ERROR_WRITE,           /* the file could not be written */
} KhIoError;

/* The bytes of @file, as g_file_load_bytes reads them, with a translated
 * message for what users meet (no such file, no permission, a folder);
 * the error keeps GIO's domain and code. */
GBytes  *kh_io_load_file     (GFile   *file,
                              GError **error);

/* Reads a plan.  Errors are translated and name the place in the file
 * ("nodes[1].children[3].lead[0]: unknown unit “u-x”"). */
KhPlan  *kh_plan_load        (GFile   *file,
                              GError **error);
KhPlan  *kh_plan_load_bytes  (GBytes  *bytes,
                              GError **error);

/* The document as UTF-8 JSON: pretty, stable (the same plan gives the same
 * bytes whatever the locale), unknown members written back. */
GBytes  *kh_plan_to_bytes    (KhPlan  *plan);

/* Writes atomically: a temporary file in the same folder, then a rename;
 * the previous file is kept as FILE~.  On failure the file on disk is
 * what it was before and @plan is untouched. */
gboolean kh_plan_save        (KhPlan  *plan,
                              GFile   *file,
                              GError **error);

G_END_DECLS
