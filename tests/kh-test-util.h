/* kh-test-util.h — helpers shared by the test programs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Path of a fixture under tests/data, e.g. ("plans", "ha-tinh-2018.txt"). */
char *kh_test_data_path   (const char *first, ...) G_GNUC_NULL_TERMINATED;
/* Path of a file of the source tree, e.g. ("data", "examples", "x.kehoach"). */
char *kh_test_source_path (const char *first, ...) G_GNUC_NULL_TERMINATED;
/* The contents of a fixture plan text (tests/data/plans/NAME); aborts the
 * test if it is missing. */
char *kh_test_read_plan_text (const char *name);

/* Deletes @path and, for a folder, everything in it (temporary test
 * folders); what is missing is no error. */
void  kh_test_remove_tree (const char *path);

/* Fails unless the texts are equal, naming the first line that differs
 * (long texts are unreadable in one assertion message). */
void  kh_test_assert_same_text (const char *expected, const char *actual);

G_END_DECLS
