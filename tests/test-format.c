/* test-format.c — the private number parser of the loader.
 *
 * _styr_format_parse_double () reads the common "76.5" shape itself
 * (Clinger's fast path) and hands every other text to g_ascii_strtod ():
 * the two must agree to the bit on every text, and refuse the same ones.
 * The helpers are not exported, so the test compiles
 * libstyr/styr-format.c in.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib.h>

#include "libstyr/styr-format-private.h"

/* What the parser must give: g_ascii_strtod () of the whole text. */
static void
assert_parses_as_strtod (const char *text)
{
  double got = 0, want;
  char *end = NULL;

  errno = 0;
  want = g_ascii_strtod (text, &end);
  g_assert_true (end != text && *end == '\0' && errno != ERANGE && isfinite (want));
  if (!_styr_format_parse_double (text, &got))
    g_error ("»%s« was refused", text);
  if (memcmp (&got, &want, sizeof got) != 0)
    g_error ("»%s« gave %.17g, strtod %.17g", text, got, want);
}

static void
test_parse_double_edges (void)
{
  const char *good[] = {
    "0", "-0", "0.0", "-0.0", "1", "-1", "76.5", "0.1", "0.3", "-2.675",
    "123456789012345", "12345678901234.5", "0.000000000000001",
    "999999999999999", "1234567890123456", "12345678901234567890",
    "0.1234567890123456789", "1e5", "1E-3", "+5", ".5", "5.", "007.50",
    "9007199254740993", "4.35", "1.005", "2.5e-10",
  };
  const char *bad[] = {
    "", "-", ".", "-.", "1.2.3", "1,5", "nan", "inf", "0x10", " 1", "1 ",
    "1e", "--1", "1-", "e5",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    assert_parses_as_strtod (good[i]);
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      double v = 42;

      if (_styr_format_parse_double (bad[i], &v))
        g_error ("»%s« was read as %g", bad[i], v);
      g_assert_cmpfloat (v, ==, 42);
    }
  /* Negative zero stays negative, as strtod has it. */
  {
    double v = 0;

    g_assert_true (_styr_format_parse_double ("-0.0", &v));
    g_assert_true (signbit (v));
  }
}

/* Every length of digits and of fraction the fast path takes, and a few
 * it does not, with random digits. */
static void
test_parse_double_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261205);

  for (int round = 0; round < 200000; round++)
    {
      char text[64];
      int n_int = g_rand_int_range (rand, 1, 18);
      int n_frac = g_rand_int_range (rand, 0, 18);
      gsize len = 0;

      if (g_rand_boolean (rand))
        text[len++] = '-';
      for (int i = 0; i < n_int; i++)
        text[len++] = (char) ('0' + g_rand_int_range (rand, 0, 10));
      if (n_frac > 0)
        {
          text[len++] = '.';
          for (int i = 0; i < n_frac; i++)
            text[len++] = (char) ('0' + g_rand_int_range (rand, 0, 10));
        }
      text[len] = '\0';
      assert_parses_as_strtod (text);
    }
}

/* What the writer writes reads back to the same double. */
static void
test_format_round_trip (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);

  for (int i = 0; i < 100000; i++)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      double value = g_rand_double_range (rand, -1e6, 1e6);
      double back = 0;

      if (i % 3 == 0)
        value = round (value * 100) / 100;
      _styr_format_double (buf, value);
      g_assert_true (_styr_format_parse_double (buf, &back));
      g_assert_cmpfloat (back, ==, value);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/parse-double/edges", test_parse_double_edges);
  g_test_add_func ("/format/parse-double/random", test_parse_double_random);
  g_test_add_func ("/format/double/round-trip", test_format_round_trip);

  return g_test_run ();
}
