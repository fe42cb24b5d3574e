/* test-hostile.c — files made to hurt the loader: entity expansion,
 * external entities, deep nesting, huge values, broken encodings and
 * truncation. Every one must fail with a GError of the right code, quickly,
 * without a crash and without a word from libxml2 on stderr.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <libstyr/styr.h>

#define STYR_OPEN "<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\">"

static GError *
load_data (const char *data,
           gsize       length)
{
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  GError *error = NULL;
  StyrModel *model;

  model = styr_loader_load_bytes (loader, bytes, "hostile.styr", &error);
  g_assert_null (model);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "hostile.styr:"));
  return error;
}

static GError *
load_string (const char *xml)
{
  return load_data (xml, strlen (xml));
}

/* Runs @func in a subprocess and checks that it passed and that nothing
 * (libxml2 above all) wrote to stderr. */
#define IN_SUBPROCESS(func)                                                  \
  static void                                                                \
  func##_checked (void)                                                      \
  {                                                                          \
    if (g_test_subprocess ())                                                \
      {                                                                      \
        func ();                                                             \
        return;                                                              \
      }                                                                      \
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);             \
    g_test_trap_assert_passed ();                                            \
    g_test_trap_assert_stderr ("");                                          \
  }

static void
test_xxe_file (void)
{
  g_autoptr(GError) error = load_string (
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE styr [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
    STYR_OPEN "<kommun namn=\"&e;\"><vision>&e;</vision></kommun></styr>\n");

  g_assert_error (error, STYR_ERROR, STYR_ERROR_UNSAFE);
  g_assert_true (g_str_has_prefix (error->message, "hostile.styr:2:1: "));
  g_assert_null (strstr (error->message, "root:"));
}
IN_SUBPROCESS (test_xxe_file)

static void
test_xxe_parameter_entity (void)
{
  g_autoptr(GError) error = load_string (
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE styr [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>\n"
    STYR_OPEN "</styr>\n");

  g_assert_true (g_error_matches (error, STYR_ERROR, STYR_ERROR_UNSAFE) ||
                 g_error_matches (error, STYR_ERROR, STYR_ERROR_PARSE));
  g_assert_null (strstr (error->message, "root:"));
}
IN_SUBPROCESS (test_xxe_parameter_entity)

static void
test_xxe_external_subset (void)
{
  g_autoptr(GError) error = load_string (
    "<!DOCTYPE styr SYSTEM \"file:///etc/passwd\">\n" STYR_OPEN "</styr>\n");

  g_assert_error (error, STYR_ERROR, STYR_ERROR_UNSAFE);
}
IN_SUBPROCESS (test_xxe_external_subset)

static void
test_xxe_network (void)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = load_string (
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE styr [<!ENTITY e SYSTEM \"http://127.0.0.1:9/x\">]>\n"
    STYR_OPEN "<kommun><vision>&e;</vision></kommun></styr>\n");

  g_assert_error (error, STYR_ERROR, STYR_ERROR_UNSAFE);
  /* No connection was tried (it would time out or be refused slowly). */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}
IN_SUBPROCESS (test_xxe_network)

static void
test_billion_laughs (void)
{
  GString *s = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  for (int i = 1; i <= 9; i++)
    {
      g_string_append_printf (s, "<!ENTITY lol%d \"", i);
      for (int j = 0; j < 10; j++)
        g_string_append_printf (s, "&lol%d;", i - 1);
      g_string_append (s, "\">\n");
    }
  g_string_append (s, "]>\n" STYR_OPEN "<kommun namn=\"&lol9;\"><vision>&lol9;</vision></kommun></styr>\n");

  error = load_data (s->str, s->len);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_UNSAFE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_string_free (s, TRUE);
}
IN_SUBPROCESS (test_billion_laughs)

/* The same without the DOCTYPE node being reached first: the entities
 * are referenced right away in the root's attribute. */
static void
test_billion_laughs_in_attribute (void)
{
  GString *s = g_string_new ("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
  g_autoptr(GError) error = NULL;

  for (int i = 1; i <= 9; i++)
    {
      g_string_append_printf (s, "<!ENTITY lol%d \"", i);
      for (int j = 0; j < 10; j++)
        g_string_append_printf (s, "&lol%d;", i - 1);
      g_string_append (s, "\">");
    }
  g_string_append (s, "]><styr xmlns=\"urn:libstyr:styr:1\" format=\"&lol9;\"/>");

  error = load_data (s->str, s->len);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_UNSAFE);
  g_string_free (s, TRUE);
}
IN_SUBPROCESS (test_billion_laughs_in_attribute)

static void
test_quadratic_blowup (void)
{
  GString *s = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE q [<!ENTITY a \"");
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  for (int i = 0; i < 50000; i++)
    g_string_append_c (s, 'x');
  g_string_append (s, "\">]>\n" STYR_OPEN "<kommun><vision>");
  for (int i = 0; i < 50000; i++)
    g_string_append (s, "&a;");
  g_string_append (s, "</vision></kommun></styr>\n");

  error = load_data (s->str, s->len);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_UNSAFE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_string_free (s, TRUE);
}
IN_SUBPROCESS (test_quadratic_blowup)

static void
test_undeclared_entity (void)
{
  g_autoptr(GError) error = load_string (STYR_OPEN "<kommun namn=\"&x;\"/></styr>");

  g_assert_error (error, STYR_ERROR, STYR_ERROR_UNSAFE);
}
IN_SUBPROCESS (test_undeclared_entity)

static void
test_deep_nesting (void)
{
  GString *s = g_string_new (STYR_OPEN);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  g_autoptr(GError) error3 = NULL;

  /* 10 000 levels of elements: refused at the first one the format does
   * not allow, long before libxml2 or the depth limit would be reached. */
  for (int i = 0; i < 10000; i++)
    g_string_append (s, "<styr>");
  for (int i = 0; i < 10001; i++)
    g_string_append (s, "</styr>");
  error = load_data (s->str, s->len);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
  g_string_free (s, TRUE);

  /* The same of unknown elements from the root. */
  s = g_string_new (NULL);
  for (int i = 0; i < 10000; i++)
    g_string_append (s, "<a>");
  for (int i = 0; i < 10000; i++)
    g_string_append (s, "</a>");
  error2 = load_data (s->str, s->len);
  g_assert_error (error2, STYR_ERROR, STYR_ERROR_UNSUPPORTED);
  g_string_free (s, TRUE);

  /* The depth limit itself, with elements the format has. */
  {
    g_autoptr(StyrLoader) loader = g_object_new (STYR_TYPE_LOADER, "max-depth", 2, NULL);
    const char *xml = STYR_OPEN "<kommun><vision>x</vision></kommun><skala id=\"s\"/></styr>";
    g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));

    g_assert_null (styr_loader_load_bytes (loader, bytes, "hostile.styr", &error3));
    g_assert_error (error3, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED);
  }
}
IN_SUBPROCESS (test_deep_nesting)

static void
test_huge_attribute (void)
{
  const gsize size = 100 * 1024 * 1024;
  const char *head = STYR_OPEN "<kommun namn=\"";
  const char *tail = "\"/><skala id=\"s\"/></styr>";
  gsize head_len = strlen (head), tail_len = strlen (tail);
  char *data = g_malloc (head_len + size + tail_len);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(StyrLoader) loader = styr_loader_new ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  memcpy (data, head, head_len);
  memset (data + head_len, 'a', size);
  memcpy (data + head_len + size, tail, tail_len);
  bytes = g_bytes_new_take (data, head_len + size + tail_len);

  g_assert_null (styr_loader_load_bytes (loader, bytes, "hostile.styr", &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED);
  /* Refused early, not after reading all 100 MB. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);

  /* With a limit above libxml2's own, the message is as clear. */
  g_clear_error (&error);
  styr_loader_set_max_text_length (loader, 64 * 1024 * 1024);
  g_assert_null (styr_loader_load_bytes (loader, bytes, "hostile.styr", &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED);
}
IN_SUBPROCESS (test_huge_attribute)

static void
test_long_text (void)
{
  GString *s = g_string_new (STYR_OPEN "<kommun><vision>");
  g_autoptr(GError) error = NULL;

  /* Just over the limit: refused by the loader's own check. */
  for (gsize i = 0; i < 1024 * 1024 + 1; i++)
    g_string_append_c (s, 'x');
  g_string_append (s, "</vision></kommun><skala id=\"s\"/></styr>");
  error = load_data (s->str, s->len);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED);
  g_assert_nonnull (strstr (error->message, "<vision>"));
  g_string_free (s, TRUE);
}
IN_SUBPROCESS (test_long_text)

static void
test_many_attributes (void)
{
  GString *s = g_string_new ("<styr xmlns=\"urn:libstyr:styr:1\" format=\"1\"");
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 10000; i++)
    g_string_append_printf (s, " a%d=\"x\"", i);
  g_string_append (s, "/>");
  error = load_data (s->str, s->len);
  g_assert_error (error, STYR_ERROR, STYR_ERROR_LIMIT_EXCEEDED);
  g_string_free (s, TRUE);
}
IN_SUBPROCESS (test_many_attributes)

static void
test_invalid_utf8 (void)
{
  static const char *cases[] = {
    STYR_OPEN "<kommun namn=\"\xff\xfe\"/><skala id=\"s\"/></styr>",
    STYR_OPEN "<kommun><vision>\xc3\x28</vision></kommun><skala id=\"s\"/></styr>",
    STYR_OPEN "<kommun><vision>\xed\xa0\x80</vision></kommun><skala id=\"s\"/></styr>",
    STYR_OPEN "<kommun><vision>\xc0\xaf</vision></kommun><skala id=\"s\"/></styr>",
    STYR_OPEN "<komm\xe9n/></styr>",
    /* A declared Latin-1 file: the format is UTF-8 only. */
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" STYR_OPEN "<kommun namn=\"\xc4ngelholm\"/><skala id=\"s\"/></styr>",
    /* NUL bytes */
    STYR_OPEN "<kommun namn=\"a\0b\"/></styr>",
  };
  static const gsize nul_case_length = sizeof (STYR_OPEN "<kommun namn=\"a\0b\"/></styr>") - 1;

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = (i == G_N_ELEMENTS (cases) - 1) ? nul_case_length : strlen (cases[i]);
      g_autoptr(GError) error = load_data (cases[i], length);

      g_assert_error (error, STYR_ERROR, STYR_ERROR_PARSE);
    }
}
IN_SUBPROCESS (test_invalid_utf8)

static void
test_truncation (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "full.styr", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  gsize end;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* Everything before the '>' of </styr> is an incomplete document. */
  end = (gsize) (strstr (contents, "</styr>") - contents) + strlen ("</styr>") - 1;

  for (guint i = 0; i < 200; i++)
    {
      gsize cut = (gsize) i * end / 200;
      g_autoptr(GError) error = load_data (contents, cut);

      g_assert_true (error->domain == STYR_ERROR);
    }
}
IN_SUBPROCESS (test_truncation)

static void
test_wrong_namespace_and_version (void)
{
  g_autoptr(GError) e1 = load_string ("<styr xmlns=\"urn:libstyr:styr:0\" format=\"1\"/>");
  g_autoptr(GError) e2 = load_string ("<styr xmlns=\"urn:libstyr:styr:1\" format=\"99999999999999999999\"/>");
  g_autoptr(GError) e3 = load_string ("<styr xmlns=\"urn:libstyr:styr:1\" format=\"3\"/>");
  g_autoptr(GError) e4 = load_string ("<s:styr xmlns:s=\"urn:libstyr:styr:1\" format=\"1\"><kommun/></s:styr>");

  g_assert_error (e1, STYR_ERROR, STYR_ERROR_UNSUPPORTED);
  g_assert_error (e2, STYR_ERROR, STYR_ERROR_PARSE);
  g_assert_error (e3, STYR_ERROR, STYR_ERROR_UNSUPPORTED);
  /* <kommun> is then in no namespace. */
  g_assert_error (e4, STYR_ERROR, STYR_ERROR_PARSE);
}
IN_SUBPROCESS (test_wrong_namespace_and_version)

#define MIN_HEAD STYR_OPEN "<kommun/><skala id=\"s\"/>"

static void
test_model_errors (void)
{
  g_autoptr(GError) dup = load_string (MIN_HEAD
    "<organ id=\"x\" typ=\"kf\"/><enhet id=\"x\" niva=\"enhet\"/></styr>");
  g_autoptr(GError) dup_level = load_string (STYR_OPEN
    "<kommun/><skala id=\"s\"><niva id=\"a\" poang=\"1\"/><niva id=\"a\" poang=\"0\"/></skala></styr>");
  g_autoptr(GError) dangling = load_string (MIN_HEAD
    "<arena id=\"a\"><medlem enhet=\"ingen\"/></arena></styr>");
  g_autoptr(GError) cycle = load_string (MIN_HEAD
    "<mal id=\"a\" niva=\"namndmal\"><bidrar-till mal=\"c\"/></mal>"
    "<mal id=\"b\" niva=\"namndmal\"><bidrar-till mal=\"a\"/></mal>"
    "<mal id=\"c\" niva=\"namndmal\"><bidrar-till mal=\"b\"/></mal></styr>");
  g_autoptr(GError) unit_cycle = load_string (MIN_HEAD
    "<enhet id=\"a\" niva=\"verksamhet\" overordnad=\"b\"/>"
    "<enhet id=\"b\" niva=\"verksamhet\" overordnad=\"a\"/></styr>");

  g_assert_error (dup, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_assert_error (dup_level, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_assert_error (dangling, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (dangling->message, "»ingen«"));
  g_assert_error (cycle, STYR_ERROR, STYR_ERROR_CYCLE);
  g_assert_true (unit_cycle->domain == STYR_ERROR);
}
IN_SUBPROCESS (test_model_errors)

/* Random bytes and random mutations of a valid file never crash. */
static void
test_mutations (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "full.styr", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1292);
  g_autoptr(StyrLoader) loader = styr_loader_new ();

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *copy = g_memdup2 (contents, length);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(StyrModel) model = NULL;
      guint n = g_rand_int_range (rand, 1, 8);

      for (guint j = 0; j < n; j++)
        copy[g_rand_int_range (rand, 0, (gint32) length)] = (char) g_rand_int_range (rand, 0, 256);
      bytes = g_bytes_new (copy, length);
      model = styr_loader_load_bytes (loader, bytes, NULL, &error);
      g_assert_true ((model == NULL) != (error == NULL));
    }
}
IN_SUBPROCESS (test_mutations)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/xxe/file", test_xxe_file_checked);
  g_test_add_func ("/hostile/xxe/parameter-entity", test_xxe_parameter_entity_checked);
  g_test_add_func ("/hostile/xxe/external-subset", test_xxe_external_subset_checked);
  g_test_add_func ("/hostile/xxe/network", test_xxe_network_checked);
  g_test_add_func ("/hostile/billion-laughs", test_billion_laughs_checked);
  g_test_add_func ("/hostile/billion-laughs-in-attribute", test_billion_laughs_in_attribute_checked);
  g_test_add_func ("/hostile/quadratic-blowup", test_quadratic_blowup_checked);
  g_test_add_func ("/hostile/undeclared-entity", test_undeclared_entity_checked);
  g_test_add_func ("/hostile/deep-nesting", test_deep_nesting_checked);
  g_test_add_func ("/hostile/huge-attribute", test_huge_attribute_checked);
  g_test_add_func ("/hostile/long-text", test_long_text_checked);
  g_test_add_func ("/hostile/many-attributes", test_many_attributes_checked);
  g_test_add_func ("/hostile/invalid-utf8", test_invalid_utf8_checked);
  g_test_add_func ("/hostile/truncation", test_truncation_checked);
  g_test_add_func ("/hostile/wrong-namespace-and-version", test_wrong_namespace_and_version_checked);
  g_test_add_func ("/hostile/model-errors", test_model_errors_checked);
  g_test_add_func ("/hostile/mutations", test_mutations_checked);

  return g_test_run ();
}
