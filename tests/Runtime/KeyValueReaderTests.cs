using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using EcsForge.Parsing;
using EcsForge.Tests.Support;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>The <c>key=value</c> syslog reader: item rules, the shapes Pulse Connect Secure sends, bad input and cost.</summary>
public sealed class KeyValueReaderTests
{
    private const string PulseLine =
        "id=firewall time=\"2024-06-03 08:12:44\" pri=6 fw=10.20.0.5 vpn=ivanti-gw1 ivs=Default Network user=ACME\\\\jdoe "
        + "realm=\"Corp Users\" roles=\"Staff, VPN_Admins\" proto=auth src=2001:db8::17 dst= dstname= type=vpn op= arg=\"\" "
        + "result= sent= rcvd= agent=\"\" duration= msg=\"AUT22673: Logout from 2001:db8::17 (session:1f2e3d4c)\"";

    [Fact]
    public void Reads_every_item_of_a_pulse_line()
    {
        var read = ReadAll(PulseLine + "\n");

        Assert.Equal(
            new[]
            {
                ("id", "firewall"), ("time", "2024-06-03 08:12:44"), ("pri", "6"), ("fw", "10.20.0.5"), ("vpn", "ivanti-gw1"),
                ("ivs", "Default Network"), ("user", "ACME\\\\jdoe"), ("realm", "Corp Users"), ("roles", "Staff, VPN_Admins"),
                ("proto", "auth"), ("src", "2001:db8::17"), ("dst", ""), ("dstname", ""), ("type", "vpn"), ("op", ""), ("arg", ""),
                ("result", ""), ("sent", ""), ("rcvd", ""), ("agent", ""), ("duration", ""),
                ("msg", "AUT22673: Logout from 2001:db8::17 (session:1f2e3d4c)"),
            },
            read.Pairs.Select(pair => (pair.Key, pair.Value)));
        Assert.Equal(KeyValueStatus.End, read.Status);
    }

    [Theory]
    [InlineData("<134>Jan 28 13:46:08 pcs01 PulseSecure: id=firewall pri=6")]
    [InlineData("<134>1 2021-01-28T13:46:08Z pcs01 PulseSecure - - - id=firewall pri=6")]
    [InlineData("2024-06-03T08:12:44+02:00 vpn.example.org PulseSecure: id=firewall pri=6")]
    [InlineData("  \t id=firewall pri=6")]
    public void Skips_a_syslog_header_before_the_first_key(string line)
    {
        var read = ReadAll(line);

        Assert.Equal(new[] { ("id", "firewall"), ("pri", "6") }, read.Pairs.Select(pair => (pair.Key, pair.Value)));
        Assert.Equal(KeyValueStatus.End, read.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t\r\n")]
    [InlineData("<134>Jan 28 13:46:08 pcs01 PulseSecure: nothing to see")]
    [InlineData("=")]
    [InlineData("==")]
    [InlineData("= =x ==y")]
    [InlineData("\"a=b\"")]
    [InlineData("x\"y=1")]
    public void A_line_without_key_value_items_has_no_pairs(string line)
    {
        var read = ReadAll(line);

        Assert.Empty(read.Pairs);
        Assert.Equal(KeyValueStatus.NoPairs, read.Status);
        Assert.Equal(Encoding.UTF8.GetByteCount(line), read.Position);
    }

    [Fact]
    public void An_unquoted_value_takes_the_following_words_up_to_the_next_key()
    {
        var read = ReadAll("ivs=Default Network user=bob msg=Login failed for  user alice realm=Corp");

        Assert.Equal(
            new[] { ("ivs", "Default Network"), ("user", "bob"), ("msg", "Login failed for  user alice"), ("realm", "Corp") },
            read.Pairs.Select(pair => (pair.Key, pair.Value)));
    }

    [Fact]
    public void An_unquoted_value_stops_at_a_word_that_opens_a_quote_or_holds_an_equals_sign()
    {
        var read = ReadAll("a=b \"c d\" e=f g=h == i=j");

        // "c d" and == are not items: they are skipped, and so is the stray d" token.
        Assert.Equal(new[] { ("a", "b"), ("e", "f"), ("g", "h"), ("i", "j") }, read.Pairs.Select(pair => (pair.Key, pair.Value)));
    }

    [Fact]
    public void Only_the_first_equals_sign_separates_key_and_value()
    {
        var read = ReadAll("a=b=c d==e url=/cgi?tm=26&key=1");

        Assert.Equal(new[] { ("a", "b=c"), ("d", "=e"), ("url", "/cgi?tm=26&key=1") }, read.Pairs.Select(pair => (pair.Key, pair.Value)));
    }

    [Fact]
    public void Unquoted_backslashes_are_kept_verbatim()
    {
        var read = ReadAll("user=MYDomain\\\\johndoe other=C:\\temp\\");

        Assert.Equal(new[] { ("user", "MYDomain\\\\johndoe"), ("other", "C:\\temp\\") }, read.Pairs.Select(pair => (pair.Key, pair.Value)));
        Assert.All(read.Pairs, pair => Assert.False(pair.InScratch));
    }

    [Fact]
    public void A_quoted_value_without_escapes_is_a_slice_of_the_input()
    {
        const string line = "pri=6 realm=\"Corp Users\" msg=\"a = b\"";
        var input = Encoding.UTF8.GetBytes(line);
        var reader = new KeyValueReader(input);
        var scratch = new EventScratch();

        Assert.True(reader.TryRead(scratch, out _, out _));
        Assert.True(reader.TryRead(scratch, out var key, out var value));

        Assert.Equal("realm", Encoding.UTF8.GetString(key));
        Assert.Equal(RawKind.String, value.Kind);
        Assert.False(value.InScratch);
        Assert.Equal(line.IndexOf("Corp", StringComparison.Ordinal), value.Start);
        Assert.Equal("Corp Users".Length, value.Length);
        Assert.True(reader.TryRead(scratch, out _, out value));
        Assert.Equal("a = b", Encoding.UTF8.GetString(input.AsSpan(value.Start, value.Length)));
    }

    [Fact]
    public void A_quoted_value_with_escapes_is_unescaped_into_scratch()
    {
        var read = ReadAll("msg=\"say \\\"hi\\\" to C:\\\\temp and keep \\d and \\n\" next=1");

        var msg = read.Pairs[0];
        Assert.Equal("say \"hi\" to C:\\temp and keep \\d and \\n", msg.Value);
        Assert.Equal(RawKind.String, msg.Kind);
        Assert.True(msg.InScratch);
        Assert.Equal(("next", "1"), (read.Pairs[1].Key, read.Pairs[1].Value));
    }

    [Fact]
    public void An_escaped_backslash_before_the_closing_quote_does_not_escape_it()
    {
        var read = ReadAll("path=\"C:\\\\\" next=1");

        Assert.Equal(new[] { ("path", "C:\\"), ("next", "1") }, read.Pairs.Select(pair => (pair.Key, pair.Value)));
    }

    [Theory]
    [InlineData("a=1 msg=\"no closing quote")]
    [InlineData("a=1 msg=\"ends with an escaped quote\\\"")]
    [InlineData("a=1 msg=\"")]
    [InlineData("a=1 msg=\"\r\n")]
    public void A_missing_closing_quote_stops_reading_at_the_opening_quote(string line)
    {
        var read = ReadAll(line);

        Assert.Equal(new[] { ("a", "1") }, read.Pairs.Select(pair => (pair.Key, pair.Value)));
        Assert.Equal(KeyValueStatus.UnterminatedQuote, read.Status);
        Assert.Equal(line.IndexOf('"', StringComparison.Ordinal), read.Position);
    }

    [Fact]
    public void After_the_end_reading_keeps_returning_false_with_the_same_status()
    {
        var reader = new KeyValueReader("a=\"open"u8);
        var scratch = new EventScratch();

        Assert.Equal(KeyValueStatus.Reading, reader.Status);
        Assert.False(reader.TryRead(scratch, out _, out _));
        Assert.False(reader.TryRead(scratch, out var key, out var value));

        Assert.Equal(KeyValueStatus.UnterminatedQuote, reader.Status);
        Assert.True(key.IsEmpty);
        Assert.Equal(RawKind.Missing, value.Kind);
    }

    [Theory]
    [InlineData("dst= dstname= sent=")]
    [InlineData("dst=\"\" dstname=\"   \" sent=\t")]
    [InlineData("dst=  dstname=\r\n  sent=\"\"\r\n")]
    public void Values_that_are_empty_after_trimming_are_empty(string line)
    {
        var read = ReadAll(line);

        Assert.Equal(new[] { "dst", "dstname", "sent" }, read.Pairs.Select(pair => pair.Key));
        Assert.All(read.Pairs, pair => Assert.Equal(RawKind.Empty, pair.Kind));
        Assert.Equal(KeyValueStatus.End, read.Status);
    }

    [Fact]
    public void Values_are_trimmed_of_surrounding_whitespace()
    {
        var read = ReadAll("msg=\"  0:1%   1:1%   \" op= late words result=ok\r\n\n");

        Assert.Equal(
            new[] { ("msg", "0:1%   1:1%"), ("op", "late words"), ("result", "ok") },
            read.Pairs.Select(pair => (pair.Key, pair.Value)));
    }

    [Fact]
    public void Tabs_and_trailing_line_breaks_separate_items()
    {
        var read = ReadAll("a=1\tb=\"two\"\t\tc=3\r\n\r\n");

        Assert.Equal(new[] { ("a", "1"), ("b", "two"), ("c", "3") }, read.Pairs.Select(pair => (pair.Key, pair.Value)));
        Assert.Equal(KeyValueStatus.End, read.Status);
    }

    [Fact]
    public void A_closing_quote_ends_the_item_and_what_is_glued_to_it_is_read_as_the_next_token()
    {
        var read = ReadAll("a=\"x\"b=\"y\" c=\"z\"junk d=4");

        Assert.Equal(new[] { ("a", "x"), ("b", "y"), ("c", "z"), ("d", "4") }, read.Pairs.Select(pair => (pair.Key, pair.Value)));
    }

    [Fact]
    public void Duplicate_keys_are_all_returned_in_order()
    {
        var read = ReadAll("user=alice src=1.2.3.4 user=bob");

        Assert.Equal(new[] { ("user", "alice"), ("src", "1.2.3.4"), ("user", "bob") }, read.Pairs.Select(pair => (pair.Key, pair.Value)));
    }

    [Fact]
    public void Non_ascii_text_is_carried_as_is()
    {
        var read = ReadAll("realm=\"Équipe Sécurité\" msg=\"n'est pas installé.\"");

        Assert.Equal(new[] { ("realm", "Équipe Sécurité"), ("msg", "n'est pas installé.") }, read.Pairs.Select(pair => (pair.Key, pair.Value)));
    }

    [Fact]
    public void Position_follows_the_pairs_and_ends_at_the_end_of_the_input()
    {
        var input = "<13>host app: a=1 b=\"two\" "u8;
        var reader = new KeyValueReader(input);
        var scratch = new EventScratch();

        Assert.True(reader.TryRead(scratch, out _, out _));
        Assert.Equal("<13>host app: a=1".Length, reader.Position);
        Assert.True(reader.TryRead(scratch, out _, out _));
        Assert.Equal("<13>host app: a=1 b=\"two\"".Length, reader.Position);
        Assert.False(reader.TryRead(scratch, out _, out _));
        Assert.Equal(input.Length, reader.Position);
    }

    [Fact]
    public void A_one_megabyte_quoted_msg_is_located_not_copied()
    {
        var words = string.Concat(Enumerable.Repeat("lorem ipsum ", 1024 * 1024 / 12 + 1));
        var huge = words[..(1024 * 1024)].TrimEnd();
        var read = ReadAll("id=firewall msg=\"" + huge + "\" pri=6");

        Assert.Equal(("msg", huge), (read.Pairs[1].Key, read.Pairs[1].Value));
        Assert.False(read.Pairs[1].InScratch);
        Assert.Equal(("pri", "6"), (read.Pairs[2].Key, read.Pairs[2].Value));
    }

    [Fact]
    public void A_one_megabyte_unquoted_or_escaped_msg_is_read_whole()
    {
        var words = string.Concat(Enumerable.Repeat("w ", 512 * 1024)).TrimEnd();
        var escaped = string.Concat(Enumerable.Repeat("\\\"q\\\" ", 128 * 1024));

        var unquoted = ReadAll("msg=" + words + " pri=6");
        var quoted = ReadAll("msg=\"" + escaped + "\"");

        Assert.Equal(words, unquoted.Pairs[0].Value);
        Assert.Equal(("pri", "6"), (unquoted.Pairs[1].Key, unquoted.Pairs[1].Value));
        Assert.Equal(escaped.Replace("\\\"", "\"", StringComparison.Ordinal).TrimEnd(), quoted.Pairs[0].Value);
        Assert.True(quoted.Pairs[0].InScratch);
    }

    [Theory]
    [InlineData("a ")]
    [InlineData("= ")]
    [InlineData("\"")]
    [InlineData("x=")]
    [InlineData("k=v w ")]
    [InlineData("\\\" ")]
    [InlineData("q=\"v\" ")]
    public void Pathological_megabyte_lines_end_with_a_final_status(string unit)
    {
        // Their cost is measured by `bench -- hostile` (time for N, 4N and 16N units; tests carry no timing).
        var line = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, 1024 * 1024 / unit.Length)));
        var scratch = new EventScratch();

        var reader = new KeyValueReader(line);
        var pairs = 0;
        while (reader.TryRead(scratch, out _, out _))
        {
            pairs++;
        }

        Assert.NotEqual(KeyValueStatus.Reading, reader.Status);
        Assert.InRange(pairs, 0, line.Length);
    }

    [Fact]
    public void Binary_garbage_never_throws_and_yields_well_formed_pairs()
    {
        var random = new Random(20240603);
        var alphabet = "ab =\"\\ \t\r\n\0\xff"u8.ToArray();
        var scratch = new EventScratch();
        for (var round = 0; round < 5000; round++)
        {
            var line = new byte[random.Next(0, 80)];
            for (var i = 0; i < line.Length; i++)
            {
                line[i] = round % 2 == 0 ? alphabet[random.Next(alphabet.Length)] : (byte)random.Next(256);
            }

            scratch.Reset();
            var reader = new KeyValueReader(line);
            var previous = 0;
            while (reader.TryRead(scratch, out var key, out var value))
            {
                Assert.False(key.IsEmpty);
                Assert.True(key.IndexOfAny(" \t\r\n\v\f=\""u8) < 0, "key holds a separator");
                Assert.True(reader.Position > previous && reader.Position <= line.Length);
                Assert.True(value.Kind is RawKind.String or RawKind.Empty);
                if (value.Kind == RawKind.String && !value.InScratch)
                {
                    Assert.InRange(value.Start + value.Length, 1, line.Length);
                }

                previous = reader.Position;
            }

            Assert.NotEqual(KeyValueStatus.Reading, reader.Status);
        }
    }

    [Fact]
    public void Reading_a_line_allocates_nothing()
    {
        var input = Encoding.UTF8.GetBytes("<134>Jan 28 13:46:08 pcs01 PulseSecure: " + PulseLine + " note=\"with \\\"escapes\\\"\"\n");
        var scratch = new EventScratch();
        var pairs = 0;

        var (allocated, calls) = Allocations.Measure(
            () =>
            {
                scratch.Reset();
                var reader = new KeyValueReader(input);
                while (reader.TryRead(scratch, out _, out _))
                {
                    pairs++;
                }
            },
            repetitions: 1000);

        Assert.Equal(0, allocated);
        Assert.Equal(23 * calls, pairs);
    }

    private static Read ReadAll(string line)
    {
        var input = Encoding.UTF8.GetBytes(line);
        var scratch = new EventScratch();
        var reader = new KeyValueReader(input);
        var pairs = new List<Pair>();
        while (reader.TryRead(scratch, out var key, out var value))
        {
            var text = value.Kind switch
            {
                RawKind.Empty => "",
                _ when value.InScratch => Encoding.UTF8.GetString(scratch.Slice(value.Start, value.Length)),
                _ => Encoding.UTF8.GetString(input, value.Start, value.Length),
            };
            pairs.Add(new Pair(Encoding.UTF8.GetString(key), value.Kind, text, value.InScratch));
        }

        return new Read(pairs, reader.Status, reader.Position);
    }

    private sealed record Pair(string Key, RawKind Kind, string Value, bool InScratch);

    private sealed record Read(List<Pair> Pairs, KeyValueStatus Status, int Position);
}
