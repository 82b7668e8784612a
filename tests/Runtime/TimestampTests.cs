using System;
using System.Text;
using EcsForge.Parsing;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>Timestamp conversions write what the platform writes, digit for digit.</summary>
public sealed class TimestampTests
{
    [Theory]
    [InlineData("1657630626219000000", RawKind.Number, "2022-07-12T12:57:06.219000Z")]
    [InlineData("1657630626219000000", RawKind.String, "2022-07-12T12:57:06.219000Z")]
    // float(1700000000123456789) / 1e9 rounds to ...123457 microseconds in Python; truncating would give ...123456.
    [InlineData("1700000000123456789", RawKind.Number, "2023-11-14T22:13:20.123457Z")]
    [InlineData("0", RawKind.Number, "1970-01-01T00:00:00.000000Z")]
    // The pipeline's float() fails on a text date: no value, never the text passed through.
    [InlineData("2024-01-01T00:00:00Z", RawKind.String, null)]
    [InlineData("soon", RawKind.String, null)]
    [InlineData("1e400", RawKind.Number, null)]
    [InlineData("99999999999999999999999", RawKind.Number, null)]
    public void Epoch_nanoseconds_become_rfc3339_with_microseconds(string raw, RawKind kind, string? expected)
    {
        Assert.Equal(expected, Convert(raw, kind, static (bytes, in value, scratch) => Timestamps.EpochNanoseconds(bytes, value, scratch)));
    }

    [Theory]
    [InlineData("2021-01-28 13:46:08", "2021-01-28T13:46:08Z")]
    [InlineData("2021-01-28T13:46:08Z", "2021-01-28T13:46:08Z")]
    [InlineData("2021-01-28T13:46:08.5+02:00", "2021-01-28T11:46:08.500000Z")]
    [InlineData("2021-01-28 00:15:00-0130", "2021-01-28T01:45:00Z")]
    [InlineData("2021-02-30 00:00:00", null)]
    [InlineData("2021-01-28 13:46", null)]
    [InlineData("28/01/2021 13:46:08", null)]
    public void Text_dates_become_rfc3339_utc(string raw, string? expected)
    {
        Assert.Equal(expected, Convert(raw, RawKind.String, static (bytes, in value, scratch) => Timestamps.Rfc3339(bytes, value, scratch)));
    }

    private delegate RawValue Conversion(ReadOnlySpan<byte> bytes, in RawValue value, EventScratch scratch);

    private static string? Convert(string raw, RawKind kind, Conversion conversion)
    {
        var bytes = Encoding.UTF8.GetBytes(raw);
        var scratch = new EventScratch();
        var converted = conversion(bytes, new RawValue(kind, 0, bytes.Length), scratch);
        if (!converted.HasValue)
        {
            return null;
        }

        return Encoding.UTF8.GetString(converted.InScratch ? scratch.Slice(converted.Start, converted.Length) : bytes.AsSpan(converted.Start, converted.Length));
    }
}
