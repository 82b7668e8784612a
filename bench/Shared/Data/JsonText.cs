using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace EcsForge.Bench.Data;

/// <summary>How sample strings are escaped, mimicking the escaping real senders use.</summary>
internal static class JsonText
{
    /// <summary>
    /// Escapes like Go's encoding/json, which Logpush is written in: <c>&lt; &gt; &amp;</c> become <c>\u003c</c>...,
    /// non-ASCII text stays raw UTF-8.
    /// </summary>
    public static JavaScriptEncoder GoLikeEncoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>A string escaped the way Logpush writes it.</summary>
    public static JsonEncodedText Go(string value) => JsonEncodedText.Encode(value, GoLikeEncoder);

    /// <summary>A string whose non-ASCII characters are escaped too (<c>é</c> as <c>\u00E9</c>), as ASCII-only senders do.</summary>
    public static JsonEncodedText Ascii(string value) => JsonEncodedText.Encode(value, JavaScriptEncoder.Default);

    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = GoLikeEncoder };
}
