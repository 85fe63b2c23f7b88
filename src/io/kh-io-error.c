/* kh-io-error.c — the error domain of reading and writing plans, and
 * reading a file with messages in the user's language (GLib's own
 * catalogue lacks many of them in Vietnamese).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-plan-io.h"

G_DEFINE_QUARK (kh-io-error-quark, kh_io_error)

GBytes *
kh_io_load_file (GFile   *file,
                 GError **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *message;
  GBytes *bytes;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes != NULL)
    return bytes;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    message = _("The file does not exist (it may have been moved or deleted)");
  else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    message = _("You do not have permission to read this file");
  else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    message = _("This is a folder, not a file");
  else
    message = NULL;

  if (message != NULL)
    g_set_error_literal (error, local_error->domain, local_error->code, message);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}
