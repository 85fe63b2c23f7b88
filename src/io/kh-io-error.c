/* kh-io-error.c — the error domain of reading and writing plans.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-plan-io.h"

G_DEFINE_QUARK (kh-io-error-quark, kh_io_error)
