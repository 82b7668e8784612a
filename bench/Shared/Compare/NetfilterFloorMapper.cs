using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcsForge.Text;

namespace EcsForge.Bench.Compare;

/// <summary>
/// The floor for netfilter (iptables) log messages: a byte scanner written for this one layout, reading the rule's
/// action from the log prefix and the few header items the pipeline maps, then writing the ECS event with
/// pre-encoded names straight into the caller's buffer. Nothing is allocated per event.
/// </summary>
internal sealed class NetfilterFloorMapper : IEventMapper
{
    private const int MacLength = 17;

    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonEncodedText NAction = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText NName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText NOutcome = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText NEvent = JsonEncodedText.Encode("event");
    private static readonly JsonEncodedText NSource = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText NDestination = JsonEncodedText.Encode("destination");
    private static readonly JsonEncodedText NAddress = JsonEncodedText.Encode("address");
    private static readonly JsonEncodedText NIp = JsonEncodedText.Encode("ip");
    private static readonly JsonEncodedText NPort = JsonEncodedText.Encode("port");
    private static readonly JsonEncodedText NMac = JsonEncodedText.Encode("mac");
    private static readonly JsonEncodedText NBytes = JsonEncodedText.Encode("bytes");
    private static readonly JsonEncodedText NNetwork = JsonEncodedText.Encode("network");
    private static readonly JsonEncodedText NTransport = JsonEncodedText.Encode("transport");
    private static readonly JsonEncodedText NRelated = JsonEncodedText.Encode("related");
    private static readonly JsonEncodedText VSuccess = JsonEncodedText.Encode("success");

    private readonly Utf8JsonWriter _writer = new(new ArrayBufferWriter<byte>(), WriterOptions);

    public string Name => "byte-scanner floor (hand-written)";

    public bool TryMap(ReadOnlySpan<byte> input, ArrayBufferWriter<byte> output)
    {
        // "<prefix> IN=<if> OUT=<if> [MAC=<dst>:<src>:<type>] SRC=<ip> DST=<ip> LEN=<n> ... PROTO=<p> [SPT=<n> DPT=<n>] ..."
        var inAt = IndexAfterSpace(input, "IN="u8);
        var sourceAt = input.IndexOf(" SRC="u8);
        if (inAt <= 0 || sourceAt < inAt)
        {
            return false;
        }

        var source = Item(input, sourceAt + 5);
        var destinationAt = sourceAt + 5 + source.Length;
        if (!input[destinationAt..].StartsWith(" DST="u8))
        {
            return false;
        }

        var destination = Item(input, destinationAt + 5);
        var lengthAt = destinationAt + 5 + destination.Length;
        if (!input[lengthAt..].StartsWith(" LEN="u8) || !Utf8Parser.TryParse(Item(input, lengthAt + 5), out long length, out _))
        {
            return false;
        }

        var protocolAt = input[lengthAt..].IndexOf(" PROTO="u8);
        if (protocolAt < 0)
        {
            return false;
        }

        protocolAt += lengthAt + 7;
        var protocol = Item(input, protocolAt);
        var ports = protocolAt + protocol.Length;
        long sourcePort = -1, destinationPort = -1;
        if (input[ports..].StartsWith(" SPT="u8))
        {
            var sourcePortText = Item(input, ports + 5);
            var destinationPortAt = ports + 5 + sourcePortText.Length;
            if (input[destinationPortAt..].StartsWith(" DPT="u8)
                && Utf8Parser.TryParse(sourcePortText, out sourcePort, out _)
                && !Utf8Parser.TryParse(Item(input, destinationPortAt + 5), out destinationPort, out _))
            {
                sourcePort = -1;
            }
        }

        var macAt = input[inAt..sourceAt].IndexOf(" MAC="u8);
        var mac = macAt < 0 ? default : input[(inAt + macAt + 5)..sourceAt];
        var hasMacs = mac.Length >= (2 * MacLength) + 1;
        var action = Action(input[..(inAt - 1)]);

        var w = _writer;
        w.Reset(output);
        w.WriteStartObject();
        if (!action.IsEmpty)
        {
            w.WriteStartObject(NAction);
            WriteLower(NName, action);
            w.WriteString(NOutcome, VSuccess);
            w.WriteEndObject();
            w.WriteStartObject(NEvent);
            w.WriteString(NOutcome, VSuccess);
            w.WriteEndObject();
        }

        var sourceIsIp = IpAddressText.IsIpAddress(source);
        var destinationIsIp = IpAddressText.IsIpAddress(destination);
        w.WriteStartObject(NSource);
        WriteEndpoint(source, sourceIsIp, sourcePort, hasMacs ? mac.Slice(MacLength + 1, MacLength) : default);
        w.WriteNumber(NBytes, length);
        w.WriteEndObject();
        w.WriteStartObject(NDestination);
        WriteEndpoint(destination, destinationIsIp, sourcePort < 0 ? -1 : destinationPort, hasMacs ? mac[..MacLength] : default);
        w.WriteEndObject();
        w.WriteStartObject(NNetwork);
        WriteLower(NTransport, protocol);
        w.WriteEndObject();
        if (sourceIsIp || destinationIsIp)
        {
            w.WriteStartObject(NRelated);
            w.WriteStartArray(NIp);
            if (sourceIsIp)
            {
                w.WriteStringValue(source);
            }

            if (destinationIsIp && !(sourceIsIp && source.SequenceEqual(destination)))
            {
                w.WriteStringValue(destination);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.Flush();
        return true;
    }

    private void WriteEndpoint(ReadOnlySpan<byte> address, bool isIp, long port, ReadOnlySpan<byte> mac)
    {
        _writer.WriteString(NAddress, address);
        if (isIp)
        {
            _writer.WriteString(NIp, address);
        }

        if (port >= 0)
        {
            _writer.WriteNumber(NPort, port);
        }

        if (!mac.IsEmpty)
        {
            _writer.WriteString(NMac, mac);
        }
    }

    private void WriteLower(JsonEncodedText name, ReadOnlySpan<byte> ascii)
    {
        Span<byte> lower = stackalloc byte[64];
        var length = Math.Min(ascii.Length, lower.Length);
        for (var i = 0; i < length; i++)
        {
            lower[i] = ascii[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(ascii[i] | 0x20) : ascii[i];
        }

        _writer.WriteString(name, lower[..length]);
    }

    /// <summary>
    /// The rule's action: the last word of a prefix of two words or more (<c>INPUT DFLT DROP</c>), as the pattern's
    /// <c>%{DATA}( %{WORD:action_name})?</c> reads it; none for a single tag (<c>IPTABLES</c>) or a last token that is
    /// not a word (<c>[UFW BLOCK]</c>).
    /// </summary>
    private static ReadOnlySpan<byte> Action(ReadOnlySpan<byte> prefix)
    {
        prefix = prefix.TrimEnd(" \t"u8);
        var space = prefix.LastIndexOf((byte)' ');
        if (space < 0)
        {
            return default;
        }

        var word = prefix[(space + 1)..];
        foreach (var b in word)
        {
            if (!(char.IsAsciiLetterOrDigit((char)b) || b == (byte)'_'))
            {
                return default;
            }
        }

        return word;
    }

    /// <summary>Where <paramref name="key"/> starts after white space, or -1.</summary>
    private static int IndexAfterSpace(ReadOnlySpan<byte> input, ReadOnlySpan<byte> key)
    {
        var from = 0;
        while (from < input.Length)
        {
            var found = input[from..].IndexOf(key);
            if (found < 0)
            {
                return -1;
            }

            from += found;
            if (from > 0 && input[from - 1] is (byte)' ' or (byte)'\t')
            {
                return from;
            }

            from++;
        }

        return -1;
    }

    /// <summary>The value starting at <paramref name="start"/>, up to the next space.</summary>
    private static ReadOnlySpan<byte> Item(ReadOnlySpan<byte> input, int start)
    {
        var rest = input[start..];
        var space = rest.IndexOf((byte)' ');
        return space < 0 ? rest : rest[..space];
    }
}
