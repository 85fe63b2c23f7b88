/* test-unit-map.c — the unit replacement map: the shipped 2025 map, how
 * a plan's units are looked up in it, proposals, and the reader's errors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-next-year.h"
#include "kh-plan-io.h"
#include "kh-unit-map.h"
#include "kh-unit-map-io.h"
#include "kh-test-util.h"

static KhUnitMap *
load_shipped_map (void)
{
  g_autofree char *path = kh_test_source_path ("data", "units", "reorganisation-2025.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KhUnitMap *map = kh_unit_map_load (file, &error);

  g_assert_no_error (error);
  return map;
}

static void
test_map_shipped (void)
{
  g_autoptr(KhUnitMap) map = load_shipped_map ();
  const KhUnitMapEntry *first;

  g_assert_cmpstr (map->name, !=, "");
  g_assert_cmpuint (map->entries->len, >=, 10);
  first = g_ptr_array_index (map->entries, 0);
  g_assert_cmpstr (first->from, ==, "Sở Thông tin và Truyền thông");
  g_assert_cmpstr (first->to[0], ==, "Sở Khoa học và Công nghệ");
  g_assert_cmpstr (first->alternatives[0], ==, "Sở Văn hóa, Thể thao và Du lịch");
  g_assert_cmpstr (first->note, !=, "");
  for (guint i = 0; i < map->entries->len; i++)
    {
      const KhUnitMapEntry *entry = g_ptr_array_index (map->entries, i);

      g_assert_nonnull (entry->to);
      g_assert_nonnull (entry->to[0]);
      g_assert_nonnull (entry->note);
    }
}

/* From the build tree the shipped map and lists are the source tree's. */
static void
test_map_default (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KhUnitMap) map = kh_unit_map_load_default (&error);
  g_autoptr(KhUnitMap) shipped = load_shipped_map ();
  KhUnit *skhcn;

  g_assert_no_error (error);
  g_assert_cmpuint (map->entries->len, ==, shipped->entries->len);
  g_assert_nonnull (map->directory);
  skhcn = kh_unit_map_find_in_directory (map, "so khoa hoc va cong nghe");
  g_assert_nonnull (skhcn);
  g_assert_cmpstr (kh_unit_get_short_name (skhcn), ==, "Sở KH&CN");
  /* Both lists: a commune's units too. */
  g_assert_nonnull (kh_unit_map_find_in_directory (map, "Trạm Y tế xã"));
  g_assert_null (kh_unit_map_find_in_directory (map, "Sở Thông tin và Truyền thông"));
}

static void
test_map_lookup (void)
{
  static const struct { const char *name, *short_name, *from; } cases[] = {
    { "Sở Thông tin và Truyền thông", "", "Sở Thông tin và Truyền thông" },
    { "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "", "Sở Thông tin và Truyền thông" },
    { "So Thong tin - Truyen thong", "", "Sở Thông tin và Truyền thông" },
    { "Sở quản lý thông tin", "Sở TT&TT", "Sở Thông tin và Truyền thông" },
    { "Đài PT-TH tỉnh", "", "Đài Phát thanh và Truyền hình tỉnh" },
    { "UBND các huyện, thị xã và thành phố Huế", "", "UBND các huyện, thành phố, thị xã" },
    { "Báo Hà Tĩnh", "", "Báo tỉnh" },
    { "Sở Tài chính", "", NULL },
    { "UBND huyện Lộc Hà", "", NULL },
    { "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", NULL },
  };
  g_autoptr(KhUnitMap) map = load_shipped_map ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KhUnit) unit = kh_unit_new ("u-x", cases[i].name, cases[i].short_name, "");
      const KhUnitMapEntry *entry = kh_unit_map_lookup (map, unit);

      g_test_message ("%s", cases[i].name);
      g_assert_cmpstr (entry ? entry->from : NULL, ==, cases[i].from);
    }
}

static void
test_map_propose_skips_itself (void)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  g_autoptr(KhUnit) snv = kh_unit_new ("u-snv", "Sở Ngoại vụ", "Sở NgV", "");
  g_autoptr(KhUnitMap) map = kh_unit_map_new ("Tỉnh biên giới");
  KhUnitMapEntry *entry = g_new0 (KhUnitMapEntry, 1);
  g_autoptr(GPtrArray) proposals = NULL;

  /* A border province keeps its Sở Ngoại vụ. */
  entry->from = g_strdup ("Sở Ngoại vụ");
  entry->to = g_strsplit ("Sở Ngoại vụ", "|", -1);
  entry->note = g_strdup ("");
  kh_unit_map_add (map, entry);
  g_assert_true (kh_plan_insert_unit (plan, 0, snv));
  proposals = kh_unit_map_propose (map, plan);
  g_assert_cmpuint (proposals->len, ==, 0);
}

static void
expect_map_error (const char *json, int code, const char *message)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(KhUnitMap) map = kh_unit_map_load_bytes (bytes, &error);

  g_assert_null (map);
  g_assert_error (error, KH_IO_ERROR, code);
  g_test_message ("%s", error->message);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

#define HEAD "{\"format\": \"kehoach-unit-map\", \"version\": 1, \"name\": \"x\", "
#define GOOD "{\"from\": \"A\", \"to\": [\"B\"]}"

static void
test_map_errors (void)
{
  g_autoptr(GBytes) good = g_bytes_new_static (HEAD "\"replacements\": [" GOOD "]}",
                                               strlen (HEAD "\"replacements\": [" GOOD "]}"));
  g_autoptr(GError) error = NULL;
  g_autoptr(KhUnitMap) map = kh_unit_map_load_bytes (good, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (map->entries->len, ==, 1);
  g_assert_null (((KhUnitMapEntry *) g_ptr_array_index (map->entries, 0))->aliases);

  expect_map_error (HEAD "\"replacements\": [" GOOD ", " GOOD ", " GOOD ", "
                    "{\"from\": \"A\", \"to\": \"B\"}]}",
                    KH_IO_ERROR_INVALID, "replacements[3].to: expected a list of unit names");
  expect_map_error (HEAD "\"replacements\": [{\"from\": \"A\", \"to\": []}]}",
                    KH_IO_ERROR_INVALID, "replacements[0].to: expected at least one unit name");
  expect_map_error (HEAD "\"replacements\": [{\"from\": \"A\", \"to\": [\"B\", 3]}]}",
                    KH_IO_ERROR_INVALID, "replacements[0].to: expected a list of unit names");
  expect_map_error (HEAD "\"replacements\": [" GOOD ", {\"to\": [\"B\"]}]}",
                    KH_IO_ERROR_INVALID, "replacements[1].from: expected a string");
  expect_map_error (HEAD "\"replacements\": [{\"from\": \" \", \"to\": [\"B\"]}]}",
                    KH_IO_ERROR_INVALID, "replacements[0].from: must not be empty");
  expect_map_error (HEAD "\"replacements\": [{\"from\": \"A\", \"to\": [\"B\"], \"aliases\": {}}]}",
                    KH_IO_ERROR_INVALID, "replacements[0].aliases: expected a list of unit names");
  expect_map_error (HEAD "\"replacements\": [{\"from\": \"A\", \"to\": [\"B\"], \"note\": 1}]}",
                    KH_IO_ERROR_INVALID, "replacements[0].note: expected a string");
  expect_map_error (HEAD "\"replacements\": [7]}",
                    KH_IO_ERROR_INVALID, "replacements[0]: expected an object");
  expect_map_error (HEAD "\"replacements\": {}}",
                    KH_IO_ERROR_INVALID, "replacements: expected an array");
  expect_map_error ("{\"format\": \"kehoach-unit-map\", \"version\": 2, \"replacements\": []}",
                    KH_IO_ERROR_NEWER_VERSION, NULL);
  expect_map_error ("{\"format\": \"kehoach-unit-map\", \"version\": \"1\", \"replacements\": []}",
                    KH_IO_ERROR_INVALID, "version: expected an integer");
  expect_map_error ("{\"format\": \"kehoach-units\", \"version\": 1, \"units\": []}",
                    KH_IO_ERROR_NOT_A_PLAN, NULL);
  expect_map_error ("[1, 2]", KH_IO_ERROR_NOT_A_PLAN, NULL);
  expect_map_error ("{\"format\": ", KH_IO_ERROR_NOT_JSON, NULL);
  expect_map_error ("", KH_IO_ERROR_NOT_JSON, NULL);
  expect_map_error ("\xff\xfe{}", KH_IO_ERROR_NOT_JSON, NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unit-map/shipped", test_map_shipped);
  g_test_add_func ("/unit-map/default", test_map_default);
  g_test_add_func ("/unit-map/lookup", test_map_lookup);
  g_test_add_func ("/unit-map/propose-skips-itself", test_map_propose_skips_itself);
  g_test_add_func ("/unit-map/load-errors", test_map_errors);

  return g_test_run ();
}
