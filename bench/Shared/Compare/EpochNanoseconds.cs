using System;

namespace EcsForge.Bench.Compare;

/// <summary>
/// What the hand-written firewall mappers add to the runtime's <see cref="EcsForge.Parsing.Timestamps.TryEpochNanosecondsToUtc"/>
/// for Logpush's <c>Datetime</c>: the format the JsonNode mapper writes with, and the test for text already in RFC 3339.
/// </summary>
internal static class EpochNanoseconds
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary>A <c>Datetime</c> already written as RFC 3339 text (Logpush <c>timestamps=rfc3339</c>) is kept as is.</summary>
    public static bool LooksLikeRfc3339(ReadOnlySpan<byte> text)
        => text.Length >= 20 && text[4] == (byte)'-' && text[7] == (byte)'-' && (text[10] | 0x20) == (byte)'t'
            && char.IsAsciiDigit((char)text[0]) && char.IsAsciiDigit((char)text[1]) && char.IsAsciiDigit((char)text[2])
            && char.IsAsciiDigit((char)text[3]);
}
