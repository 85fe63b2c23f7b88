/* test-json-text.c — JSON text: KhJsonDoc reads what json-glib reads,
 * KhJsonWriter writes what JsonGenerator writes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-bench-plan.h"
#include "kh-json-doc-private.h"
#include "kh-json-writer-private.h"
#include "kh-plan-io.h"
#include "kh-test-plan.h"
#include "kh-test-util.h"

/* What JsonGenerator writes for @json, pretty with two spaces, and what
 * KhJsonWriter writes for it: the same bytes. */
static void
assert_written_as_json_glib (const char *json, gsize length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  GString *out = g_string_new (NULL);
  g_autofree char *actual = NULL;
  KhJsonWriter writer;

  json_parser_load_from_data (parser, json, length, &error);
  g_assert_no_error (error);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, json_parser_get_root (parser));
  expected = json_generator_to_data (generator, NULL);

  kh_json_writer_init (&writer, out, TRUE);
  kh_json_writer_node (&writer, json_parser_get_root (parser));
  kh_json_writer_clear (&writer);
  actual = g_string_free (out, FALSE);
  kh_test_assert_same_text (expected, actual);
  g_assert_cmpstr (expected, ==, actual);
}

static void
test_writer_layout (void)
{
  static const char * const documents[] = {
    "{}", "[]", "\"text\"", "-12", "true", "null",
    "[{}, [], [[]], {\"a\": {}}, [{\"b\": [{}]}]]",
    "{\"s\": \"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u001b\\u007f\\u0080 \\u2028 é 😀 /<>&\",\n"
    " \"n\\\"m\": 1, \"d\": [0.5, -0.25, 100.0, 1e-7, 3.14159], \"i\": [0, -1, 9007199254740993],\n"
    " \"b\": [true, false, null], \"deep\": {\"x\": {\"y\": {\"z\": [1, {\"w\": []}]}}}}",
  };
  GString *deep = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    assert_written_as_json_glib (documents[i], strlen (documents[i]));

  /* Indentation past what one run of spaces holds, and empty objects deep. */
  for (guint i = 0; i < 40; i++)
    g_string_append (deep, "{\"a\": [{}, ");
  g_string_append (deep, "{}");
  for (guint i = 0; i < 40; i++)
    g_string_append (deep, "]}");
  assert_written_as_json_glib (deep->str, deep->len);
  g_string_free (deep, TRUE);
}

/* A saved plan is what JsonGenerator makes of it, and a newline: plans
 * with unknown members of every kind, the examples, a large one. */
static void
test_writer_plans (void)
{
  g_autofree char *fixture = kh_test_data_path ("io", "unknown-members-input.kehoach", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fixture);
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (plans, kh_plan_load (file, &error));
  g_assert_no_error (error);
  g_ptr_array_add (plans, kh_test_load_example ("ha-tinh-2018.kehoach"));
  g_ptr_array_add (plans, kh_test_plan_new ());
  g_ptr_array_add (plans, kh_bench_generate_plan (300, 30, 11));

  for (guint i = 0; i < plans->len; i++)
    {
      g_autoptr(GBytes) bytes = kh_plan_to_bytes (g_ptr_array_index (plans, i));
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *pretty = NULL;
      g_autofree char *generated = NULL;
      g_autofree char *saved = NULL;
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      g_assert_cmpint (data[length - 1], ==, '\n');
      g_assert_true (json_parser_load_from_data (parser, data, length, NULL));
      json_generator_set_pretty (generator, TRUE);
      json_generator_set_indent (generator, 2);
      json_generator_set_root (generator, json_parser_get_root (parser));
      pretty = json_generator_to_data (generator, NULL);
      generated = g_strconcat (pretty, "\n", NULL);
      saved = g_strndup (data, length);
      kh_test_assert_same_text (generated, saved);
    }
}

/* Where json-glib writes what JSON does not allow, KhJsonWriter does not
 * follow: 1e22 as "1e+22.0" (json-glib cannot read it back) and U+001F
 * unescaped in a string. */
static void
test_writer_deviations (void)
{
  g_autoptr(JsonNode) node = json_node_init_double (json_node_alloc (), 1e22);
  GString *out = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) back = NULL;
  KhJsonWriter writer;

  kh_json_writer_init (&writer, out, TRUE);
  kh_json_writer_node (&writer, node);
  kh_json_writer_clear (&writer);
  text = g_string_free (out, FALSE);
  g_assert_cmpstr (text, ==, "1e+22");
  back = json_from_string (text, NULL);
  g_assert_nonnull (back);
  g_assert_cmpfloat (json_node_get_double (back), ==, 1e22);

  {
    g_autoptr(JsonNode) string = json_node_init_string (json_node_alloc (), "a\037b");

    out = g_string_new (NULL);
    kh_json_writer_init (&writer, out, TRUE);
    kh_json_writer_node (&writer, string);
    kh_json_writer_clear (&writer);
    g_free (text);
    text = g_string_free (out, FALSE);
    g_assert_cmpstr (text, ==, "\"a\\u001fb\"");
  }
}

/* KhJsonDoc reads what json-glib reads, to the same values. */
static void
test_doc_reads_as_json_glib (void)
{
  static const char * const documents[] = {
    "{}", " [ ] ", "\"\"", "0", "-0", "12", "-9223372036854775808", "9223372036854775807",
    "1.5", "-2.5e3", "1E-2", "0.1", "true", "false", "null",
    "{\"a\":{\"b\":[1,[2,[3,{}]],{\"c\":null}]}}",
    "\"\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\u1EA1 \\ud83d\\ude00 \\u0001 tiếng Việt\"",
    "{\"tên\": \"giá trị\", \"\\u0074itle\": 1, \"k\\\"ey\": [true, false]}",
    "\t\r\n {\"x\" : [ 1 , 2 ] }\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(JsonNode) expected = json_from_string (documents[i], NULL);
      g_autoptr(JsonNode) actual = NULL;
      g_autofree char *expected_text = NULL;
      g_autofree char *actual_text = NULL;
      KhJsonDoc doc = { NULL, NULL };
      KhJsonFault fault;
      gsize offset;

      g_assert_nonnull (expected);
      g_assert_true (kh_json_doc_parse (&doc, documents[i], strlen (documents[i]), 256, 1024, &fault, &offset));
      actual = kh_json_doc_to_node (&doc, 0);
      kh_json_doc_clear (&doc);
      expected_text = kh_json_to_compact_text (expected);
      actual_text = kh_json_to_compact_text (actual);
      g_assert_cmpstr (expected_text, ==, actual_text);
    }
}

static void
test_doc_refuses (void)
{
  static const struct { const char *json; KhJsonFault fault; gsize offset; } cases[] = {
    { "", KH_JSON_FAULT_SYNTAX, 0 },
    { "[1,]", KH_JSON_FAULT_SYNTAX, 3 },
    { "{\"a\" 1}", KH_JSON_FAULT_SYNTAX, 5 },
    { "{\"a\":1,}", KH_JSON_FAULT_SYNTAX, 7 },
    { "{1:2}", KH_JSON_FAULT_SYNTAX, 1 },
    { "[01]", KH_JSON_FAULT_SYNTAX, 2 },
    { "[1.]", KH_JSON_FAULT_SYNTAX, 1 },
    { "[-]", KH_JSON_FAULT_SYNTAX, 1 },
    { "[tru]", KH_JSON_FAULT_SYNTAX, 1 },
    { "\"abc", KH_JSON_FAULT_SYNTAX, 0 },
    { "\"\\x\"", KH_JSON_FAULT_SYNTAX, 1 },
    { "\"\\u12\"", KH_JSON_FAULT_SYNTAX, 1 },
    { "\"\\udc00\"", KH_JSON_FAULT_ESCAPE, 1 },
    { "\"\\ud800x\"", KH_JSON_FAULT_ESCAPE, 1 },
    { "\"\\u0000\"", KH_JSON_FAULT_ESCAPE, 1 },
    { "[[[[", KH_JSON_FAULT_TOO_DEEP, 3 },
    { "[\"12345678901\"]", KH_JSON_FAULT_TOO_LONG, 1 },
    { "{} {}", KH_JSON_FAULT_SYNTAX, 3 },
    { "[1 2]", KH_JSON_FAULT_SYNTAX, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KhJsonDoc doc = { NULL, NULL };
      KhJsonFault fault = KH_JSON_FAULT_NONE;
      gsize offset = G_MAXSIZE;

      g_test_message ("%s", cases[i].json);
      g_assert_false (kh_json_doc_parse (&doc, cases[i].json, strlen (cases[i].json), 3, 10, &fault, &offset));
      g_assert_cmpint (fault, ==, cases[i].fault);
      g_assert_cmpuint (offset, ==, cases[i].offset);
      g_assert_null (doc.text);
      g_assert_null (doc.tokens);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/json-text/writer/layout-of-json-glib", test_writer_layout);
  g_test_add_func ("/io/json-text/writer/plans-as-json-glib", test_writer_plans);
  g_test_add_func ("/io/json-text/writer/deviations", test_writer_deviations);
  g_test_add_func ("/io/json-text/doc/reads-as-json-glib", test_doc_reads_as_json_glib);
  g_test_add_func ("/io/json-text/doc/refuses", test_doc_refuses);

  return g_test_run ();
}
