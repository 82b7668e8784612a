using System;
using System.Text.Json;
using EcsForge.Text;

namespace EcsForge.Parsing;

/// <summary>IP address conversions compiled into parsers; they narrow a located value instead of copying it.</summary>
public static class IpConversions
{
    /// <summary>An IPv4-mapped IPv6 address (<c>::ffff:1.2.3.4</c>) becomes its IPv4 part; other values pass unchanged.</summary>
    public static RawValue UnmapIPv4(ReadOnlySpan<byte> bytes, RawValue value)
    {
        if (value.Kind != RawKind.String || !IpAddressText.TryGetMappedIPv4Start(bytes, out var start))
        {
            return value;
        }

        return new RawValue(RawKind.String, value.Start + start, value.Length - start, value.InScratch);
    }

    /// <summary>
    /// The items of a JSON list that are IP addresses, as a list (the value itself when every item is one); a single
    /// IP address passes unchanged; anything else, or a list without IP addresses, yields nothing.
    /// </summary>
    public static RawValue IpAddresses(ReadOnlySpan<byte> bytes, RawValue value, EventScratch scratch)
    {
        if (value.Kind == RawKind.String)
        {
            return IpAddressText.IsIpAddress(bytes) ? value : default;
        }

        if (value.Kind != RawKind.Array)
        {
            return default;
        }

        var mark = scratch.Position;
        var (kept, dropped) = (0, 0);
        scratch.Store("["u8);
        var reader = new Utf8JsonReader(bytes);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth != 1 || reader.TokenType is JsonTokenType.EndArray)
                {
                    continue;
                }

                if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
                {
                    reader.Skip();
                    dropped++;
                }
                else if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && IpAddressText.IsIpAddress(reader.ValueSpan))
                {
                    if (kept++ > 0)
                    {
                        scratch.Store(","u8);
                    }

                    JsonText.StoreString(scratch, reader.ValueSpan);
                }
                else
                {
                    dropped++;
                }
            }
        }
        catch (JsonException)
        {
            // The located value was already validated JSON; a failure here only means nothing is kept.
            kept = 0;
        }

        if (kept == 0)
        {
            return default;
        }

        scratch.Store("]"u8);
        return dropped == 0 ? value : scratch.Since(mark, RawKind.Array);
    }
}
