/* kh-amount.h — sums of money (đồng) as the user reads and types them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include "kh-types.h"

G_BEGIN_DECLS

/* @amount with thousands separators ("1.500.000"): the locale's, or where
 * the locale has none (C), the document language's ("." in Vietnamese,
 * "," in English).  "" for 0, which means "no budget". */
char     *kh_amount_format (gint64      amount,
                            KhLanguage  language);
/* Reads what a user typed, tolerant of ".", "," and spaces between the
 * digits and of a trailing "đ" / "đồng" / "VND": "1.500.000 đ" → 1500000,
 * "" → 0.  FALSE for anything else ("12abc", "-5", too large). */
gboolean  kh_amount_parse  (const char *text,
                            gint64     *amount);

G_END_DECLS
